import { expect } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { newId } from '../../../src/kernel/ids.ts';
import type { Role } from '../../../src/kernel/roles.ts';
import { inTenant, type Db } from '../../../src/platform/db/database.ts';
import { prbCostLines, prbProposals } from '../../../src/modules/prb/prb.schema.ts';
import type { Agent, TestApp } from '../../harness.ts';
import { clientInput, type World } from '../../factories.ts';

/** Helpers for the PRB tests and the access-table samples of the PRB module. */

export function programmeInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: `PRB Eindhoven 2004–2005 ${newId().slice(0, 8)}`,
    periodStart: '2004-01-01',
    periodEnd: '2027-12-31',
    cohortSize: 60,
    maxBudgetPerClient: '5000',
    ...overrides,
  };
}

export async function newProgramme(
  agent: Agent,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string } & Record<string, unknown>> {
  const res = await agent.post('/api/v1/prb-programmes', programmeInput(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function addAdvisor(agent: Agent, programmeId: string, email: string): Promise<void> {
  const res = await agent.post(`/api/v1/prb-programmes/${programmeId}/advisors`, { email });
  expect(res.statusCode, res.body).toBe(201);
}

export async function newPrbClient(
  km: Agent,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; bsn: string; displayName: string }> {
  const res = await km.post('/api/v1/clients', clientInput({ surname: `Budget${newId().slice(0, 6)}`, ...overrides }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function admit(
  km: Agent,
  programmeId: string,
  clientId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; trajectoryId: string } & Record<string, unknown>> {
  const res = await km.post(`/api/v1/prb-programmes/${programmeId}/participants`, { clientId, admittedOn: '2025-02-01', ...overrides });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** A proposal body with one cost line per amount (euros as text). */
export function proposalInput(
  amounts: (string | number)[] = ['1250,00'],
  goal = 'Heftruckcertificaat halen en solliciteren bij logistieke bedrijven.',
): Record<string, unknown> {
  return {
    goal,
    costLines: amounts.map((amount, i) => ({
      category: i === 0 ? 'training' : 'tools',
      supplier: `Leverancier ${i + 1}`,
      description: `Kostenpost ${i + 1}`,
      amount,
    })),
  };
}

export async function newProposal(
  agent: Agent,
  participantId: string,
  amounts?: string[],
  portal = false,
): Promise<{ id: string; revision: number } & Record<string, unknown>> {
  const res = await agent.post(`/api/v1/${portal ? 'portal/' : ''}prb-participants/${participantId}/proposals`, proposalInput(amounts));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function submit(agent: Agent, proposalId: string, portal = false): Promise<Record<string, unknown>> {
  const res = await agent.post(`/api/v1/${portal ? 'portal/' : ''}prb-proposals/${proposalId}/submit`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** POST a decision with an Idempotency-Key header (the harness Agent sends no custom headers). */
export function decide(
  app: FastifyInstance,
  agent: Agent,
  proposalId: string,
  body: unknown,
  key: string | null = newId(),
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { cookie: `wp_session=${agent.cookie}`, 'x-csrf-token': agent.csrfToken };
  if (key !== null) headers['idempotency-key'] = key;
  return app.inject({ method: 'POST', url: `/api/v1/prb-proposals/${proposalId}/decision`, headers, payload: body as object });
}

export async function approve(app: FastifyInstance, agent: Agent, proposalId: string): Promise<Record<string, unknown>> {
  const res = await decide(app, agent, proposalId, { decision: 'approve' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/**
 * Many submitted proposals for one participant, written straight into the database (as the municipality's
 * case manager, under row-level security) so the concurrency test spends its time on the approvals.
 * The HTTP path for writing and submitting is covered by the other PRB tests.
 */
export async function seedSubmittedProposals(
  db: Db,
  ctx: { organisationId: string; userId: string },
  participant: { id: string; programmeId: string },
  count: number,
  amountCents: number,
): Promise<string[]> {
  const ids = Array.from({ length: count }, () => newId());
  await inTenant(db, ctx, async (tx) => {
    const now = new Date();
    await tx.insert(prbProposals).values(
      ids.map((id) => ({
        id,
        participantId: participant.id,
        programmeId: participant.programmeId,
        organisationId: ctx.organisationId,
        goal: 'Cursus en gereedschap',
        status: 'submitted',
        totalCents: amountCents,
        createdById: ctx.userId,
        submittedAt: now,
        submittedById: ctx.userId,
      })),
    );
    await tx.insert(prbCostLines).values(
      ids.map((id) => ({
        id: newId(),
        proposalId: id,
        organisationId: ctx.organisationId,
        position: 1,
        category: 'training',
        supplier: 'ROC',
        description: 'Cursus',
        amountCents,
      })),
    );
  });
  return ids;
}

// Access table: per organisation, the things a sample request needs -----------------------------------

type OrgKey = 'A' | 'B' | 'R' | 'P';
interface SampleCtx {
  t: TestApp;
  world: World;
  org: OrgKey;
  role: Role;
}

/** An id for a caller whose role the route refuses anyway (403 comes before the id is looked at). */
const REFUSED = '00000000-0000-4000-8000-000000000000';
const refused = (c: SampleCtx, roles?: readonly Role[]) => roles !== undefined && !roles.includes(c.role);

/** The date the access-table samples admit on (inside the sample programme's period). */
export const SAMPLE_ADMITTED_ON = '2026-02-01';

const cache = new WeakMap<TestApp, Map<string, Promise<string>>>();
function once(c: SampleCtx, key: string, make: () => Promise<string>): Promise<string> {
  if (!cache.has(c.t)) cache.set(c.t, new Map());
  const m = cache.get(c.t)!;
  if (!m.has(key)) m.set(key, make());
  return m.get(key)!;
}

/** A fresh programme of the caller's organisation, with that organisation's PRB advisor added. */
export async function freshPrbProgrammeFor(c: SampleCtx, roles?: readonly Role[], withAdvisor = true): Promise<string> {
  if (refused(c, roles)) return REFUSED;
  const km = await c.world.agent(c.org, 'klantmanager');
  const programme = await newProgramme(km, { periodStart: '2026-01-01', periodEnd: '2027-12-31', cohortSize: 100 });
  if (withAdvisor) await addAdvisor(km, programme.id, c.world.email(c.org, 'prb_werkadviseur'));
  return programme.id;
}

/** One programme per organisation (its advisor added), reused by the samples. */
export function prbProgrammeFor(c: SampleCtx, roles?: readonly Role[]): Promise<string> {
  if (refused(c, roles)) return Promise.resolve(REFUSED);
  return once(c, `programme:${c.org}`, () => freshPrbProgrammeFor(c));
}

/** A new client file of the caller's organisation, not yet admitted. */
export async function prbClientFor(c: SampleCtx, roles?: readonly Role[]): Promise<string> {
  if (refused(c, roles)) return REFUSED;
  return (await newPrbClient(await c.world.agent(c.org, 'klantmanager'))).id;
}

/** One participant per organisation, in that organisation's sample programme. */
export function prbParticipantFor(c: SampleCtx, roles?: readonly Role[]): Promise<string> {
  if (refused(c, roles)) return Promise.resolve(REFUSED);
  return once(c, `participant:${c.org}`, async () => {
    const km = await c.world.agent(c.org, 'klantmanager');
    const programmeId = await prbProgrammeFor(c);
    return (await admit(km, programmeId, await prbClientFor(c), { admittedOn: SAMPLE_ADMITTED_ON })).id;
  });
}

/** A fresh draft proposal (revision 1) for the organisation's sample participant. */
export async function prbDraftFor(c: SampleCtx, roles?: readonly Role[]): Promise<string> {
  if (refused(c, roles)) return REFUSED;
  const km = await c.world.agent(c.org, 'klantmanager');
  return (await newProposal(km, await prbParticipantFor(c), ['10,00'])).id;
}

/** A fresh submitted proposal (EUR 10) for the organisation's sample participant. */
export async function prbSubmittedFor(c: SampleCtx, roles?: readonly Role[]): Promise<string> {
  if (refused(c, roles)) return REFUSED;
  const id = await prbDraftFor(c);
  await submit(await c.world.agent(c.org, 'klantmanager'), id);
  return id;
}

/** One commitment (EUR 1,000) per organisation to pay invoices against. */
export function prbCommitmentFor(c: SampleCtx, roles?: readonly Role[]): Promise<string> {
  if (refused(c, roles)) return Promise.resolve(REFUSED);
  return once(c, `commitment:${c.org}`, async () => {
    const km = await c.world.agent(c.org, 'klantmanager');
    const proposal = await newProposal(km, await prbParticipantFor(c), ['1000,00']);
    await submit(km, proposal.id);
    const decided = await approve(c.t.app, km, proposal.id);
    const participant = (await km.get(`/api/v1/prb-participants/${decided.participantId as string}`)).json();
    return (participant.commitments as { id: string; proposalId: string }[]).find((x) => x.proposalId === proposal.id)!.id;
  });
}

/** The portal client of A (world.portalClientId) admitted to A's sample programme; others get REFUSED. */
export function myPrbParticipantFor(c: SampleCtx): Promise<string> {
  if (c.org !== 'A' || c.role !== 'werkzoekende') return Promise.resolve(REFUSED);
  return once(c, 'portal-participant', async () => {
    const km = await c.world.agent('A', 'klantmanager');
    const programmeId = await prbProgrammeFor({ ...c, role: 'klantmanager' });
    return (await admit(km, programmeId, await c.world.portalClientId(), { admittedOn: SAMPLE_ADMITTED_ON })).id;
  });
}

/** A fresh draft proposal of the portal client (written by the client in the portal). */
export async function myPrbDraftFor(c: SampleCtx): Promise<string> {
  if (c.org !== 'A' || c.role !== 'werkzoekende') return REFUSED;
  const me = await c.world.agent('A', 'werkzoekende');
  return (await newProposal(me, await myPrbParticipantFor(c), ['10,00'], true)).id;
}
