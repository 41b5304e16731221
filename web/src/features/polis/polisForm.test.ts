import { describe, expect, it } from 'vitest';
import { interpolate } from '../../app/i18n.tsx';
import { en, nl, type MessageKey } from '../../app/messages.ts';
import type { PolisVersion } from '../../api/index.ts';
import { formFromVersion, toContent, validatePolisForm, type PolisForm } from './polisForm.ts';

const i18n = { t: (key: MessageKey, params?: Record<string, string | number>) => interpolate(nl[key], params) };

const version: PolisVersion = {
  id: 'v2',
  versionNumber: 2,
  status: 'signed',
  municipalityObligations: ['Biedt een jobcoach aan'],
  clientObligations: ['Solliciteert wekelijks', 'Komt op afspraken'],
  goalRung: 5,
  changeNote: 'Sollicitatieplicht toegevoegd',
  steps: [
    {
      id: 's2',
      position: 2,
      description: 'Proefplaatsing',
      trajectoryId: null,
      trajectoryLabel: null,
      responsible: 'provider',
      startDate: '2026-03-01',
      dueDate: '2026-06-01',
    },
    {
      id: 's1',
      position: 1,
      description: 'Intake jobcoach',
      trajectoryId: 't1',
      trajectoryLabel: 'Jobcoaching',
      responsible: 'municipality',
      startDate: '2026-01-10',
      dueDate: '2026-01-31',
    },
  ],
  signatures: [],
  contentHash: 'abc',
  createdAt: '2026-01-05T10:00:00Z',
  createdByName: 'K. Manager',
  signedAt: null,
  revision: 3,
};

function filled(): PolisForm {
  return {
    goalRung: '4',
    municipalityObligations: [{ key: 1, text: ' Biedt een jobcoach aan ' }],
    clientObligations: [{ key: 2, text: 'Solliciteert wekelijks' }],
    steps: [{ key: 3, description: 'Intake', responsible: 'client', startDate: '2026-02-01', dueDate: '2026-02-15', trajectoryId: '' }],
    changeNote: '',
  };
}

describe('the polis form', () => {
  it('starts a new version from the current content in step order, with an empty change note', () => {
    const form = formFromVersion(version, 'version', '2026-04-01');
    expect(form.goalRung).toBe('5');
    expect(form.clientObligations.map((o) => o.text)).toEqual(['Solliciteert wekelijks', 'Komt op afspraken']);
    expect(form.steps.map((s) => s.description)).toEqual(['Intake jobcoach', 'Proefplaatsing']);
    expect(form.steps[0]!.trajectoryId).toBe('t1');
    expect(form.changeNote).toBe('');
    // Every row has its own key (React keeps the right inputs when rows are removed).
    const keys = [...form.municipalityObligations, ...form.clientObligations, ...form.steps].map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps the change note when the draft itself is edited; a first draft starts empty with one dated step', () => {
    expect(formFromVersion(version, 'draft', '2026-04-01').changeNote).toBe('Sollicitatieplicht toegevoegd');
    const fresh = formFromVersion(undefined, 'new', '2026-04-01');
    expect(fresh.goalRung).toBe('');
    expect(fresh.steps).toHaveLength(1);
    expect(fresh.steps[0]!.startDate).toBe('2026-04-01');
  });

  it('sends trimmed texts, numbers, null for a step without trajectory, and the change note only when asked', () => {
    const content = toContent(filled(), false);
    expect(content).toEqual({
      municipalityObligations: ['Biedt een jobcoach aan'],
      clientObligations: ['Solliciteert wekelijks'],
      goalRung: 4,
      steps: [{ description: 'Intake', responsible: 'client', startDate: '2026-02-01', dueDate: '2026-02-15', trajectoryId: null }],
    });
    expect('changeNote' in content).toBe(false);
    expect(toContent({ ...filled(), changeNote: ' Nieuw doel ' }, true).changeNote).toBe('Nieuw doel');
  });

  it('accepts a complete form', () => {
    expect(validatePolisForm(filled(), { changeNoteRequired: false }, i18n)).toEqual({});
  });

  it('names the exact field of a step without a date, a due date before the start and an empty obligation', () => {
    const form = filled();
    form.steps.push({ key: 9, description: 'Cursus', responsible: 'client', startDate: '', dueDate: '2026-03-01', trajectoryId: '' });
    form.steps[0]!.dueDate = '2026-01-01';
    form.clientObligations.push({ key: 10, text: '  ' });
    const errors = validatePolisForm(form, { changeNoteRequired: true }, i18n);
    expect(Object.keys(errors).sort()).toEqual(['changeNote', 'clientObligations.1', 'steps.0.dueDate', 'steps.1.startDate']);
    expect(errors['steps.0.dueDate']).toBe('De einddatum ligt voor de startdatum.');
    expect(errors['steps.1.startDate']).toMatch(/startdatum/);
  });

  it('needs at least one obligation per party and one step', () => {
    const form = { ...filled(), municipalityObligations: [], steps: [] };
    const errors = validatePolisForm(form, { changeNoteRequired: false }, i18n);
    expect(errors.municipalityObligations).toBeDefined();
    expect(errors.steps).toBeDefined();
  });
});

describe('the dictionaries', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });
});
