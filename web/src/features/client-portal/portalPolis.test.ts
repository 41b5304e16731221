import { describe, expect, it } from 'vitest';
import type { Polis, PolisVersion } from '../../api/index.ts';
import { portalPolisState } from './portalPolis.ts';

function version(n: number, status: PolisVersion['status'], parties: ('client' | 'municipality')[] = []): PolisVersion {
  return {
    id: `v${n}`,
    versionNumber: n,
    status,
    municipalityObligations: ['a'],
    clientObligations: ['b'],
    goalRung: 4,
    changeNote: null,
    steps: [],
    signatures: parties.map((party) => ({ party, signerName: party, signedAt: '2026-01-01T10:00:00Z', contentHash: 'h' })),
    contentHash: parties.length ? 'h' : null,
    createdAt: '2026-01-01T09:00:00Z',
    createdByName: 'KM',
    signedAt: null,
    revision: 1,
  };
}
const polis = (...versions: PolisVersion[]): Polis[] => [
  { id: 'p', clientId: 'c', clientDisplayName: 'C', organisationName: 'Gemeente', versions },
];

describe('what the portal home tells the client about the polis', () => {
  it('nothing yet without a polis', () => {
    expect(portalPolisState([]).kind).toBe('none');
  });
  it('a new version to sign comes first, also when an older one is signed', () => {
    const state = portalPolisState(polis(version(2, 'draft', ['municipality']), version(1, 'signed', ['municipality', 'client'])));
    expect(state).toMatchObject({ kind: 'toSign', version: { versionNumber: 2 } });
  });
  it('after the client signed a draft, it waits for the municipality', () => {
    expect(portalPolisState(polis(version(1, 'draft', ['client']))).kind).toBe('waiting');
  });
  it('a polis both parties signed is signed; superseded versions never count', () => {
    const state = portalPolisState(
      polis(version(2, 'signed', ['municipality', 'client']), version(1, 'superseded', ['municipality', 'client'])),
    );
    expect(state).toMatchObject({ kind: 'signed', version: { versionNumber: 2 } });
    expect(portalPolisState(polis(version(1, 'superseded', ['municipality']))).kind).toBe('none');
  });
});
