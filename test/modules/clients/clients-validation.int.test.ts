import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { type Agent, type TestApp } from '../../harness.ts';
import { clientInput, validBsn, type World, nextBsn, openTestWorld } from '../../factories.ts';

/**
 * Bad input on POST /api/v1/clients: every refusal is a problem+json with the offending field named
 * (dotted path), never a 500, and nothing is written.
 */

const input = (overrides: Record<string, unknown> = {}) => clientInput({ bsn: nextBsn(), ...overrides });

let t: TestApp;
let world: World;
let km: Agent;

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  km = await world.agent('A', 'klantmanager');
});
afterAll(async () => t?.close());

interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

async function caseloadTotal(agent: Agent = km): Promise<number> {
  const res = await agent.get('/api/v1/clients?pageSize=1');
  expect(res.statusCode).toBe(200);
  return res.json().total;
}

function expectProblem(res: LightMyRequestResponse, status: number): { code: string; invalidParams?: InvalidParam[] } {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json();
  expect(body.status).toBe(status);
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  expect(body.type).toMatch(/^https:\/\//);
  return body;
}

/** A 400 naming exactly these fields, each with a machine code and a Dutch reason to show. */
function expectInvalid(res: LightMyRequestResponse, names: string[], code?: string): InvalidParam[] {
  const body = expectProblem(res, 400);
  expect(body.code).toBe('validation_failed');
  const params = body.invalidParams ?? [];
  expect(params.map((p) => p.name).sort()).toEqual([...names].sort());
  for (const p of params) {
    expect(p.code.length).toBeGreaterThan(0);
    expect(p.reason.length).toBeGreaterThan(0);
  }
  if (code) expect(params[0]!.code).toBe(code);
  return params;
}

/** A valid BSN with its last digit changed: it no longer passes the 11-test. */
function bsnFailingElevenTest(): string {
  const valid = validBsn(4242);
  const last = Number(valid[8]);
  return valid.slice(0, 8) + String((last + 1) % 10);
}

const address = { street: 'Stratumsedijk', houseNumber: 12, houseNumberAddition: null, postcode: '5611 NE', city: 'Eindhoven' };

function without(key: string): Record<string, unknown> {
  const body = input();
  delete body[key];
  return body;
}

describe('POST /api/v1/clients with a bad field', () => {
  const cases: { what: string; body: () => Record<string, unknown>; field: string; code: string }[] = [
    { what: 'a BSN failing the 11-test', body: () => input({ bsn: bsnFailingElevenTest() }), field: 'bsn', code: 'invalid_bsn' },
    { what: 'a BSN of eight digits', body: () => input({ bsn: '12345678' }), field: 'bsn', code: 'invalid_format' },
    { what: 'a missing surname', body: () => without('surname'), field: 'surname', code: 'required' },
    { what: 'a missing BSN', body: () => without('bsn'), field: 'bsn', code: 'required' },
    { what: 'an empty first name', body: () => input({ firstName: '   ' }), field: 'firstName', code: 'required' },
    {
      what: 'a missing city in the address',
      body: () => input({ address: { street: 'Markt', houseNumber: 1, postcode: '5611 AB' } }),
      field: 'address.city',
      code: 'required',
    },
    { what: 'an unknown gender', body: () => input({ gender: 'onzijdig' }), field: 'gender', code: 'invalid_value' },
    { what: 'an unknown benefit type', body: () => input({ benefitType: 'bijstand' }), field: 'benefitType', code: 'invalid_value' },
    {
      what: 'an unknown target group',
      body: () => input({ targetGroups: ['jongere', 'werkloos'] }),
      field: 'targetGroups.1',
      code: 'invalid_value',
    },
    { what: 'negative hours available', body: () => input({ hoursAvailable: -1 }), field: 'hoursAvailable', code: 'too_small' },
    { what: 'more than 60 hours available', body: () => input({ hoursAvailable: 61 }), field: 'hoursAvailable', code: 'too_big' },
    { what: 'a fractional number of hours', body: () => input({ hoursAvailable: 12.5 }), field: 'hoursAvailable', code: 'invalid_type' },
    { what: 'a negative travel distance', body: () => input({ maxTravelKm: -5 }), field: 'maxTravelKm', code: 'too_small' },
    {
      what: 'house number 0',
      body: () => input({ address: { ...address, houseNumber: 0 } }),
      field: 'address.houseNumber',
      code: 'too_small',
    },
    { what: 'a first name of 81 characters', body: () => input({ firstName: 'A'.repeat(81) }), field: 'firstName', code: 'too_long' },
    {
      what: 'health limitations of 2001 characters',
      body: () => input({ healthLimitations: 'x'.repeat(2001) }),
      field: 'healthLimitations',
      code: 'too_long',
    },
    {
      what: 'an invalid postcode',
      body: () => input({ address: { ...address, postcode: '0611 NE' } }),
      field: 'address.postcode',
      code: 'invalid_postcode',
    },
    {
      what: 'a postcode with the excluded letters SS',
      body: () => input({ address: { ...address, postcode: '5611 SS' } }),
      field: 'address.postcode',
      code: 'invalid_postcode',
    },
    { what: 'an unknown field', body: () => input({ nickname: 'Faat' }), field: 'nickname', code: 'unknown_field' },
    {
      what: 'an unknown field in the address',
      body: () => input({ address: { ...address, country: 'NL' } }),
      field: 'address.country',
      code: 'unknown_field',
    },
    { what: 'a text where a boolean belongs', body: () => input({ drivingLicence: 'ja' }), field: 'drivingLicence', code: 'invalid_type' },
    { what: 'an invalid e-mail address', body: () => input({ email: 'fatima-at-example' }), field: 'email', code: 'invalid_format' },
    {
      what: 'a date of birth that does not exist',
      body: () => input({ dateOfBirth: '1988-02-30' }),
      field: 'dateOfBirth',
      code: 'invalid_date',
    },
    {
      what: 'a date of birth less than 15 years ago',
      body: () => input({ dateOfBirth: '2020-01-01' }),
      field: 'dateOfBirth',
      code: 'implausible_date_of_birth',
    },
    { what: 'a phone number with letters', body: () => input({ phone: '06-BELMIJ' }), field: 'phone', code: 'invalid_format' },
  ];

  it.each(cases)('$what → 400 naming $field, nothing written', async ({ body, field, code }) => {
    const before = await caseloadTotal();
    const res = await km.post('/api/v1/clients', body());
    expectInvalid(res, [field], code);
    expect(await caseloadTotal()).toBe(before);
  });

  it('names every bad field at once, with nested fields as dotted paths', async () => {
    const before = await caseloadTotal();
    const res = await km.post(
      '/api/v1/clients',
      input({ bsn: bsnFailingElevenTest(), gender: '?', address: { ...address, postcode: 'ABCD 12' }, extra: 1 }),
    );
    expectInvalid(res, ['bsn', 'gender', 'address.postcode', 'extra']);
    expect(await caseloadTotal()).toBe(before);
  });

  it('a text containing a NUL character → 400 naming the field, not a 500', async () => {
    const before = await caseloadTotal();
    const res = await km.post('/api/v1/clients', input({ firstName: 'Fa\u0000tima' }));
    expectInvalid(res, ['firstName']);
    expect(await caseloadTotal()).toBe(before);
  });
});

describe('POST /api/v1/clients with a bad body', () => {
  function raw(contentType: string | null, payload: string | Buffer) {
    const headers: Record<string, string> = { cookie: `wp_session=${km.cookie}`, 'x-csrf-token': km.csrfToken };
    if (contentType) headers['content-type'] = contentType;
    return t.app.inject({ method: 'POST', url: '/api/v1/clients', headers, payload });
  }

  it('malformed JSON → 400 naming the body', async () => {
    const before = await caseloadTotal();
    expectInvalid(await raw('application/json', '{"bsn": "111222333", "firstName": '), ['(body)'], 'invalid_json');
    expect(await caseloadTotal()).toBe(before);
  });

  it('an empty body → 400', async () => {
    const before = await caseloadTotal();
    expectInvalid(await raw('application/json', ''), ['(body)'], 'required');
    expect(await caseloadTotal()).toBe(before);
  });

  it('a JSON array or a bare string instead of an object → 400 naming the body', async () => {
    const before = await caseloadTotal();
    expectInvalid(await raw('application/json', '[]'), ['(body)'], 'invalid_type');
    expectInvalid(await raw('application/json', '"Fatima"'), ['(body)'], 'invalid_type');
    expect(await caseloadTotal()).toBe(before);
  });

  it('JSON null → 400 listing the required fields', async () => {
    const res = await raw('application/json', 'null');
    const params = expectProblem(res, 400).invalidParams!;
    expect(params.map((p) => p.name)).toEqual(expect.arrayContaining(['bsn', 'firstName', 'surname', 'address', 'gender']));
    expect(params.every((p) => p.code === 'required')).toBe(true);
  });

  it('a body with a __proto__ key is refused with 400', async () => {
    const before = await caseloadTotal();
    expectProblem(await raw('application/json', JSON.stringify(input()).replace(/^\{/, '{"__proto__":{"admin":true},')), 400);
    expect(await caseloadTotal()).toBe(before);
  });

  it.each([
    ['application/xml', '<client/>'],
    ['application/x-www-form-urlencoded', 'bsn=111222333&firstName=Fatima'],
    ['text/plain', JSON.stringify(input())],
  ])('content type %s → 415', async (contentType, payload) => {
    const before = await caseloadTotal();
    const body = expectProblem(await raw(contentType, payload), 415);
    expect(body.code).toBe('unsupported_media_type');
    expect(await caseloadTotal()).toBe(before);
  });

  it('no content type at all → 415', async () => {
    const before = await caseloadTotal();
    expectProblem(await raw(null, Buffer.from(JSON.stringify(input()))), 415);
    expect(await caseloadTotal()).toBe(before);
  });

  it('a body over the size limit → 413, even when it is otherwise valid JSON', async () => {
    const before = await caseloadTotal();
    const body = expectProblem(await raw('application/json', JSON.stringify(input({ healthLimitations: 'x'.repeat(70 * 1024) }))), 413);
    expect(body.code).toBe('payload_too_large');
    expect(await caseloadTotal()).toBe(before);
  });

  it('random corruptions of a valid client are answered 201 or 400, never 500, with the field named', async () => {
    const paths = [
      'bsn',
      'firstName',
      'surnamePrefix',
      'surname',
      'dateOfBirth',
      'gender',
      'email',
      'phone',
      'address',
      'address.street',
      'address.houseNumber',
      'address.postcode',
      'address.city',
      'educationLevel',
      'benefitType',
      'hoursAvailable',
      'drivingLicence',
      'maxTravelKm',
      'languages',
      'targetGroups',
      'healthLimitations',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 }), async (path, value) => {
        const body = input();
        const [head, tail] = path.split('.') as [string, string | undefined];
        if (tail) body[head] = { ...(body[head] as object), [tail]: value };
        else body[head] = value;
        const before = await caseloadTotal();
        const res = await km.post('/api/v1/clients', body);
        expect([201, 400]).toContain(res.statusCode);
        if (res.statusCode === 400) {
          const params = expectProblem(res, 400).invalidParams!;
          // The corrupted field (or a field inside it) is the one named.
          expect(params.length).toBeGreaterThan(0);
          for (const p of params) expect(p.name === path || p.name.startsWith(`${path}.`)).toBe(true);
          expect(await caseloadTotal()).toBe(before);
        } else {
          expect(await caseloadTotal()).toBe(before + 1);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('duplicate BSN', () => {
  it('the same BSN twice within one organisation → 409 duplicate_bsn naming bsn, nothing written', async () => {
    const first = input();
    expect((await km.post('/api/v1/clients', first)).statusCode).toBe(201);
    const before = await caseloadTotal();
    const again = await km.post('/api/v1/clients', input({ bsn: first.bsn, firstName: 'Iemand', surname: 'Anders' }));
    const body = expectProblem(again, 409);
    expect(body.code).toBe('duplicate_bsn');
    expect(body.invalidParams!.map((p) => p.name)).toEqual(['bsn']);
    expect(await caseloadTotal()).toBe(before);
    // Surrounding spaces do not make it a different BSN.
    const padded = await km.post('/api/v1/clients', input({ bsn: ` ${first.bsn as string} ` }));
    expect(expectProblem(padded, 409).code).toBe('duplicate_bsn');
  });

  it('the same BSN in another municipality is a separate client file (201)', async () => {
    const first = input();
    expect((await km.post('/api/v1/clients', first)).statusCode).toBe(201);
    const kmB = await world.agent('B', 'klantmanager');
    const inB = await kmB.post('/api/v1/clients', input({ bsn: first.bsn }));
    expect(inB.statusCode).toBe(201);
    expect(inB.json().organisationId).toBe(world.orgs.B.id);
    const searchA = await km.post('/api/v1/clients/search', { bsn: first.bsn });
    expect(searchA.json().total).toBe(1);
    expect(searchA.json().items[0].organisationName).toBe(world.orgs.A.name);
  });

  it('simultaneous registrations of one BSN: one 201, the rest 409, never 500', async () => {
    const bsn = validBsn(777_001);
    const results = await Promise.all(Array.from({ length: 6 }, () => km.post('/api/v1/clients', input({ bsn }))));
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    for (const r of results.filter((x) => x.statusCode === 409)) expect(r.json().code).toBe('duplicate_bsn');
    expect((await km.post('/api/v1/clients/search', { bsn })).json().total).toBe(1);
  });
});
