import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { AppError, type ErrorCode } from '../../kernel/errors.ts';
import { ERROR_TABLE, toProblem, zodToInvalidParams } from './problem.ts';
import { bsnField, postcodeField, text } from './fields.ts';
import { ClientInput } from '../../modules/clients/clients.api.ts';
import { LadderAssessmentInput } from '../../modules/ladder/ladder.api.ts';

function paramsFor(schema: z.ZodType, input: unknown, prefix?: string[]) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return zodToInvalidParams(result.error!, input, prefix);
}

const Person = z.strictObject({
  name: text(10),
  age: z.number().int().min(0).max(130),
  kind: z.enum(['a', 'b']),
  bsn: bsnField,
  tags: z.array(text(5)).max(2),
  address: z.strictObject({ postcode: postcodeField, city: text(20) }),
});
const valid = { name: 'Jan', age: 40, kind: 'a', bsn: '111222333', tags: ['x'], address: { postcode: '5611 AB', city: 'Eindhoven' } };

describe('zodToInvalidParams', () => {
  it('names nested fields by their dotted path', () => {
    expect(paramsFor(Person, { ...valid, address: { ...valid.address, postcode: '0000 XX' } })).toEqual([
      { name: 'address.postcode', code: 'invalid_postcode', reason: 'Vul een geldige postcode in, bijvoorbeeld 5611 AB.' },
    ]);
  });

  it('names array elements by index', () => {
    expect(paramsFor(Person, { ...valid, tags: ['ok', 'veel te lang'] })).toEqual([
      { name: 'tags.1', code: 'too_long', reason: 'Maximaal 5 tekens.' },
    ]);
    expect(paramsFor(Person, { ...valid, tags: ['a', 'b', 'c'] })).toEqual([
      { name: 'tags', code: 'too_many', reason: 'Maximaal 2 items.' },
    ]);
  });

  it('a missing field is "required", wherever it is', () => {
    const { name: _n, ...noName } = valid;
    expect(paramsFor(Person, noName)).toEqual([{ name: 'name', code: 'required', reason: 'Dit veld is verplicht.' }]);
    expect(paramsFor(Person, { ...valid, address: { postcode: '5611 AB' } })).toEqual([
      { name: 'address.city', code: 'required', reason: 'Dit veld is verplicht.' },
    ]);
  });

  it('an empty or blank text is "required" too; a value of the wrong type is invalid_type', () => {
    expect(paramsFor(Person, { ...valid, name: '   ' })).toEqual([{ name: 'name', code: 'required', reason: 'Dit veld is verplicht.' }]);
    expect(paramsFor(Person, { ...valid, name: null })).toEqual([{ name: 'name', code: 'invalid_type', reason: 'Verwacht tekst.' }]);
    expect(paramsFor(Person, { ...valid, age: '40' })).toEqual([{ name: 'age', code: 'invalid_type', reason: 'Verwacht een getal.' }]);
  });

  it('says what the limits are', () => {
    expect(paramsFor(Person, { ...valid, name: 'x'.repeat(11) })).toEqual([
      { name: 'name', code: 'too_long', reason: 'Maximaal 10 tekens.' },
    ]);
    expect(paramsFor(Person, { ...valid, age: -1 })).toEqual([{ name: 'age', code: 'too_small', reason: 'Moet minimaal 0 zijn.' }]);
    expect(paramsFor(Person, { ...valid, age: 131 })).toEqual([{ name: 'age', code: 'too_big', reason: 'Mag hoogstens 130 zijn.' }]);
    expect(paramsFor(Person, { ...valid, kind: 'c' })).toEqual([{ name: 'kind', code: 'invalid_value', reason: 'Kies een van: a, b.' }]);
  });

  it('uses the code and message of a custom rule (the BSN 11-test)', () => {
    expect(paramsFor(Person, { ...valid, bsn: '111222334' })).toEqual([
      { name: 'bsn', code: 'invalid_bsn', reason: 'Dit BSN is ongeldig (voldoet niet aan de elfproef).' },
    ]);
    expect(paramsFor(Person, { ...valid, bsn: '12345' })).toEqual([
      { name: 'bsn', code: 'invalid_format', reason: 'Een BSN bestaat uit 9 cijfers.' },
    ]);
  });

  it('lists every unknown field by name, also inside nested objects', () => {
    const params = paramsFor(Person, { ...valid, nickname: 'J', shoe: 44, address: { ...valid.address, country: 'NL' } });
    expect(params.map((p) => p.name).sort()).toEqual(['address.country', 'nickname', 'shoe']);
    for (const p of params) expect(p).toMatchObject({ code: 'unknown_field', reason: 'Dit veld bestaat niet.' });
  });

  it('gives one entry per field, even when a field breaks several rules', () => {
    const DoubleRule = z.strictObject({ code: z.string().min(5).regex(/^\d+$/) });
    const params = paramsFor(DoubleRule, { code: 'ab' });
    expect(params.map((p) => p.name)).toEqual(['code']);
  });

  it('names the body itself "(body)" when it is not an object at all', () => {
    for (const input of [[], 'tekst', 42, true]) {
      expect(paramsFor(Person, input), JSON.stringify(input)).toEqual([
        { name: '(body)', code: 'invalid_type', reason: 'Verwacht een object.' },
      ]);
    }
  });

  it('puts a prefix in front of every name (e.g. for query parameters nested under a key)', () => {
    expect(paramsFor(Person, { ...valid, age: -5 }, ['filter'])).toEqual([
      { name: 'filter.age', code: 'too_small', reason: 'Moet minimaal 0 zijn.' },
    ]);
  });

  it('on the real client schema: growth potential below the rung names growthPotential', () => {
    expect(paramsFor(LadderAssessmentInput, { rung: 4, growthPotential: 3, assessedOn: '2025-01-01' })).toEqual([
      { name: 'growthPotential', code: 'below_rung', reason: 'Het groeipotentieel kan niet lager zijn dan de huidige trede.' },
    ]);
  });

  it('for any corruption of a valid client, every named field lies on the corrupted path, and each has a Dutch reason', () => {
    const client = {
      bsn: '111222333',
      firstName: 'Fatima',
      surname: 'Amrani',
      dateOfBirth: '1988-04-12',
      gender: 'vrouw',
      address: { street: 'Markt', houseNumber: 1, postcode: '5611 AB', city: 'Eindhoven' },
      educationLevel: 'mbo2',
      benefitType: 'ww',
      hoursAvailable: 24,
      drivingLicence: true,
      maxTravelKm: 10,
    };
    expect(ClientInput.safeParse(client).success).toBe(true);
    const keys = [
      ...Object.keys(client),
      'address.street',
      'address.houseNumber',
      'address.postcode',
      'address.city',
      'languages',
      'targetGroups',
      'email',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 2 }), (key, value) => {
        const input = structuredClone(client) as Record<string, unknown>;
        const [head, tail] = key.split('.') as [string, string | undefined];
        if (tail) (input[head] as Record<string, unknown>)[tail] = value;
        else input[head] = value;
        const result = ClientInput.safeParse(input);
        if (result.success) return;
        const params = zodToInvalidParams(result.error, input);
        expect(params.length).toBeGreaterThan(0);
        expect(new Set(params.map((p) => p.name)).size).toBe(params.length);
        for (const p of params) {
          expect(p.name === key || p.name.startsWith(`${key}.`), `${p.name} for ${key}`).toBe(true);
          expect(p.code).toMatch(/^[a-z_]+$/);
          expect(p.reason.length).toBeGreaterThan(0);
          expect(p.reason).not.toMatch(/^(Invalid|Expected|Too )/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('toProblem', () => {
  it('maps each error code to its status, title and a type URL', () => {
    const expected: Partial<Record<ErrorCode, number>> = {
      validation_failed: 400,
      not_authenticated: 401,
      invalid_credentials: 401,
      forbidden: 403,
      csrf_failed: 403,
      not_found: 404,
      conflict: 409,
      duplicate_bsn: 409,
      payload_too_large: 413,
      unsupported_media_type: 415,
      too_many_requests: 429,
      internal: 500,
    };
    for (const [code, status] of Object.entries(expected) as [ErrorCode, number][]) {
      const p = toProblem(new AppError(code, 'Uitleg.'));
      expect(p.status, code).toBe(status);
      expect(p.title).toBe(ERROR_TABLE[code].title);
      expect(p.code).toBe(code);
      expect(p.detail).toBe('Uitleg.');
      expect(p.type).toBe(`https://werkplein.nl/problemen/${code.replaceAll('_', '-')}`);
    }
  });

  it('every code has a 4xx or 5xx status and a Dutch title', () => {
    for (const [code, { status, title }] of Object.entries(ERROR_TABLE)) {
      expect(status >= 400 && status < 600, code).toBe(true);
      expect(title.length, code).toBeGreaterThan(0);
    }
  });

  it('carries invalidParams only when there are any, and the instance when given', () => {
    const invalid = toProblem(AppError.invalid([{ name: 'bsn', code: 'invalid_bsn', reason: 'Ongeldig.' }]), '/api/v1/clients');
    expect(invalid).toMatchObject({
      status: 400,
      instance: '/api/v1/clients',
      invalidParams: [{ name: 'bsn', code: 'invalid_bsn', reason: 'Ongeldig.' }],
    });
    const notFound = toProblem(AppError.notFound());
    expect('invalidParams' in notFound).toBe(false);
    expect('instance' in notFound).toBe(false);
  });
});
