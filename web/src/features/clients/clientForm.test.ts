import { describe, expect, it } from 'vitest';
import { interpolate } from '../../app/i18n.tsx';
import { nl, type MessageKey } from '../../app/messages.ts';
import type { Client } from '../../api/index.ts';
import { clientToForm, diffToPatch, emptyClientForm, formToInput, parseLanguages, validateClientForm } from './clientForm.ts';

const i18n = { t: (key: MessageKey, params?: Record<string, string | number>) => interpolate(nl[key], params) };

const filled = () => ({
  ...emptyClientForm(),
  bsn: '111222333',
  firstName: ' Mira ',
  surnamePrefix: 'van der',
  surname: 'Linden',
  dateOfBirth: '1990-04-12',
  gender: 'vrouw',
  street: 'Markt',
  houseNumber: '12',
  postcode: '5611ab',
  city: 'Eindhoven',
  educationLevel: 'mbo3',
  benefitType: 'participatiewet',
  hoursAvailable: '32',
  drivingLicence: true,
  maxTravelKm: '25',
  languages: 'Nederlands, Arabisch,',
});

describe('validateClientForm', () => {
  it('accepts a complete form', () => {
    expect(validateClientForm(filled(), i18n, { includeHealth: true, today: '2026-03-03' })).toEqual({});
  });

  it('names every missing required field by its API path', () => {
    const errors = validateClientForm(emptyClientForm(), i18n, { includeHealth: true, today: '2026-03-03' });
    expect(Object.keys(errors).sort()).toEqual(
      [
        'address.city',
        'address.houseNumber',
        'address.postcode',
        'address.street',
        'benefitType',
        'bsn',
        'dateOfBirth',
        'educationLevel',
        'firstName',
        'gender',
        'hoursAvailable',
        'maxTravelKm',
        'surname',
      ].sort(),
    );
    expect(errors.bsn).toBe('Vul BSN in.');
    expect(errors.firstName).toBe('Vul voornaam in.');
  });

  it('applies the 11-test, postcode, ranges and age bounds', () => {
    const errors = validateClientForm(
      { ...filled(), bsn: '123456789', postcode: '0123 AB', hoursAvailable: '61', maxTravelKm: '-1', dateOfBirth: '2020-01-01' },
      i18n,
      { includeHealth: false, today: '2026-03-03' },
    );
    expect(errors.bsn).toMatch(/elfproef/);
    expect(errors['address.postcode']).toMatch(/postcode/);
    expect(errors.hoursAvailable).toMatch(/0 tot en met 60/);
    expect(errors.maxTravelKm).toMatch(/0 tot en met 250/);
    expect(errors.dateOfBirth).toMatch(/15 en 100/);
  });
});

describe('formToInput', () => {
  it('trims, normalises the postcode, splits languages and omits health when not shown', () => {
    const input = formToInput(filled(), { includeHealth: false });
    expect(input.firstName).toBe('Mira');
    expect(input.address).toEqual({ street: 'Markt', houseNumber: 12, houseNumberAddition: null, postcode: '5611 AB', city: 'Eindhoven' });
    expect(input.languages).toEqual(['Nederlands', 'Arabisch']);
    expect(input.hoursAvailable).toBe(32);
    expect('healthLimitations' in input).toBe(false);
    expect(formToInput(filled(), { includeHealth: true }).healthLimitations).toBeNull();
  });
});

describe('match fields', () => {
  it('sends wanted occupations, skills as lower-cased unique tags, and no date as null', () => {
    const input = formToInput(
      { ...filled(), wantedOccupationUris: ['http://data.europa.eu/esco/occupation/x'], skills: 'Heftruck, VCA , heftruck' },
      { includeHealth: false },
    );
    expect(input.wantedOccupationUris).toEqual(['http://data.europa.eu/esco/occupation/x']);
    expect(input.skills).toEqual(['heftruck', 'vca']);
    expect(input.availableFrom).toBeNull();
  });

  it('limits wanted occupations to 10', () => {
    const uris = Array.from({ length: 11 }, (_, i) => `uri-${i}`);
    const errors = validateClientForm({ ...filled(), wantedOccupationUris: uris }, i18n, { includeHealth: false, today: '2026-03-03' });
    expect(errors.wantedOccupationUris).toMatch(/10/);
  });
});

describe('diffToPatch', () => {
  const client: Client = {
    id: 'c1',
    organisationId: 'o1',
    organisationName: 'Gemeente Eindhoven',
    shared: false,
    bsn: '111222333',
    firstName: 'Mira',
    surnamePrefix: 'van der',
    surname: 'Linden',
    displayName: 'Mira van der Linden',
    dateOfBirth: '1990-04-12',
    gender: 'vrouw',
    email: null,
    phone: null,
    address: { street: 'Markt', houseNumber: 12, houseNumberAddition: null, postcode: '5611 AB', city: 'Eindhoven' },
    educationLevel: 'mbo3',
    benefitType: 'participatiewet',
    hoursAvailable: 32,
    drivingLicence: true,
    maxTravelKm: 25,
    languages: ['Nederlands'],
    targetGroups: [],
    wantedOccupationUris: [],
    wantedIscoCodes: [],
    skills: [],
    availableFrom: null,
    caseManager: null,
    latestLadder: null,
    version: 4,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };

  it('returns null when nothing changed', () => {
    const original = formToInput(clientToForm(client), { includeHealth: false });
    expect(diffToPatch(original, formToInput(clientToForm(client), { includeHealth: false }), 4)).toBeNull();
  });

  it('sends only changed fields, the whole address, and the version', () => {
    const original = formToInput(clientToForm(client), { includeHealth: false });
    const edited = formToInput({ ...clientToForm(client), hoursAvailable: '20', city: 'Helmond' }, { includeHealth: false });
    expect(diffToPatch(original, edited, 4)).toEqual({
      hoursAvailable: 20,
      address: { ...client.address, city: 'Helmond' },
      // always sent: the server defaults missing arrays to []
      languages: ['Nederlands'],
      targetGroups: [],
      version: 4,
    });
  });
});

describe('parseLanguages', () => {
  it('splits on commas, semicolons and newlines', () => {
    expect(parseLanguages('Nederlands; Engels\nTurks, ,')).toEqual(['Nederlands', 'Engels', 'Turks']);
  });
});
