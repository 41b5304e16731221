import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../kernel/bsn.ts';
import { ageOn, isIsoDate } from '../../kernel/dates.ts';
import { MUNICIPALITIES } from './brabant.ts';
import { DEMO_REFERENCE_DATE, generateDemo, type DemoClient, type DemoData } from './demo-data.ts';
import { generateRoutes, rungOn, type DemoPrbProgramme, type DemoRoutes, type DemoTrajectory } from './demo-routes.ts';
import { CBS_CATEGORY_CODES, CONTRACT_TYPES, INSTRUMENT_KINDS, OUTCOMES } from '../trajectories/trajectories.rules.ts';
import { COST_CATEGORIES, PROPOSAL_STATUSES } from '../prb/prb.rules.ts';

const demo = generateDemo();
const routes = generateRoutes(demo);

function clientsOf(d: DemoData, r: DemoRoutes): Map<string, DemoClient> {
  return new Map([...d.clients, ...r.extraClients].map((c) => [c.key, c]));
}

/** The seed's figures of a programme: admitted, closed with work, closed otherwise, dropped out, running. */
function figures(r: DemoRoutes, p: DemoPrbProgramme) {
  const ts = p.participants.map((x) => r.trajectories.find((t) => t.key === x.trajectoryKey)!);
  return {
    admitted: ts.length,
    closedWithWork: ts.filter((t) => t.status === 'closed' && t.outcome === 'work').length,
    closedOtherwise: ts.filter((t) => t.status === 'closed' && t.outcome !== 'work').length,
    droppedOut: ts.filter((t) => t.outcome === 'dropped_out').length,
    running: ts.filter((t) => t.status === 'running').length,
  };
}

const programme = (r: DemoRoutes, name: string) => r.prbProgrammes.find((p) => p.name === name)!;

describe('generateRoutes', () => {
  it('is byte-identical for the same demo and does not depend on the clock', () => {
    const realNow = Date.now;
    try {
      Date.now = () => 0;
      expect(JSON.stringify(generateRoutes(generateDemo()))).toBe(JSON.stringify(routes));
    } finally {
      Date.now = realNow;
    }
    expect(JSON.stringify(generateRoutes(generateDemo(2027)))).not.toBe(JSON.stringify(routes));
  });

  it('reproduces the seed figures of PRB Eindhoven 2004–2005 and PRB Breda 2005', () => {
    const eindhoven = programme(routes, 'PRB Eindhoven 2004–2005');
    expect(eindhoven).toMatchObject({
      organisationKey: 'eindhoven',
      periodStart: '2004-01-01',
      periodEnd: '2005-12-31',
      cohortSize: 60,
      maxBudgetPerClientCents: 500_000,
    });
    expect(figures(routes, eindhoven)).toEqual({ admitted: 57, closedWithWork: 14, closedOtherwise: 12, droppedOut: 5, running: 31 });
    const breda = programme(routes, 'PRB Breda 2005');
    expect(breda).toMatchObject({
      organisationKey: 'breda',
      periodStart: '2005-01-01',
      periodEnd: '2005-12-31',
      cohortSize: 25,
      maxBudgetPerClientCents: 500_000,
    });
    expect(figures(routes, breda)).toEqual({ admitted: 21, closedWithWork: 5, closedOtherwise: 4, droppedOut: 4, running: 12 });
  });

  it('has PRB Eindhoven 2006 with proposals in every status, one of them the portal client', () => {
    const p = programme(routes, 'PRB Eindhoven 2006');
    expect(p).toMatchObject({ organisationKey: 'eindhoven', cohortSize: 30, periodStart: '2006-01-01', periodEnd: '2006-12-31' });
    expect(p.participants.length).toBeGreaterThanOrEqual(5);
    expect(p.participants.length).toBeLessThanOrEqual(p.cohortSize);
    const proposals = p.participants.flatMap((x) => x.proposals);
    expect(new Set(proposals.map((q) => q.status))).toEqual(new Set(PROPOSAL_STATUSES));
    for (const q of proposals) {
      if (q.status === 'returned' || q.status === 'rejected') expect(q.decisionReason?.length).toBeGreaterThan(10);
      if (q.status === 'draft') expect(q.submittedAt).toBeNull();
      if (q.status === 'draft' || q.status === 'submitted') expect(q.decidedAt).toBeNull();
    }
    const approved = proposals.filter((q) => q.status === 'approved');
    expect(approved.some((q) => q.costLines.some((l) => l.commitment!.invoices.length > 0))).toBe(true);
    const portalUser = demo.users.find((u) => u.key === 'eindhoven.werkzoekende')!;
    const mine = p.participants.find((x) => x.clientKey === portalUser.clientKey)!;
    expect(mine).toBeDefined();
    expect(mine.proposals.some((q) => q.status === 'approved')).toBe(true);
    expect(mine.proposals.every((q) => q.createdByKey === 'eindhoven.werkzoekende')).toBe(true);
    // The portal client is in no other programme.
    expect(routes.prbProgrammes.filter((x) => x.participants.some((y) => y.clientKey === portalUser.clientKey))).toHaveLength(1);
  });

  it('keeps the seed figures in a small demo, topping up with long-term clients', () => {
    for (const d of [generateDemo(undefined, 40), generateDemo(7, 0)]) {
      const r = generateRoutes(d);
      expect(figures(r, programme(r, 'PRB Eindhoven 2004–2005'))).toEqual({
        admitted: 57,
        closedWithWork: 14,
        closedOtherwise: 12,
        droppedOut: 5,
        running: 31,
      });
      expect(figures(r, programme(r, 'PRB Breda 2005'))).toEqual({
        admitted: 21,
        closedWithWork: 5,
        closedOtherwise: 4,
        droppedOut: 4,
        running: 12,
      });
      expect(r.extraClients.length).toBeGreaterThan(0);
    }
  });

  it('admits distinct adult clients of the programme gemeente and keeps the money within budget', () => {
    const byKey = clientsOf(demo, routes);
    for (const p of routes.prbProgrammes) {
      expect(new Set(p.participants.map((x) => x.clientKey)).size).toBe(p.participants.length);
      expect(p.advisors.length).toBeGreaterThanOrEqual(1);
      for (const a of p.advisors) expect(demo.users.find((u) => u.key === a.userKey)!.roles).toEqual(['prb_werkadviseur']);
      for (const x of p.participants) {
        const client = byKey.get(x.clientKey)!;
        expect(client.owningOrganisationKey).toBe(p.organisationKey);
        expect(ageOn(client.dateOfBirth, x.admittedOn)).toBeGreaterThanOrEqual(18);
        expect(ageOn(client.dateOfBirth, DEMO_REFERENCE_DATE)).toBeLessThanOrEqual(66);
        expect(x.admittedOn >= p.periodStart && x.admittedOn <= p.periodEnd).toBe(true);
        expect(p.advisors.map((a) => a.userKey)).toContain(x.advisorKey);
        expect(x.budgetCents).toBe(p.maxBudgetPerClientCents);
        const approved = x.proposals.filter((q) => q.status === 'approved');
        const committed = approved.flatMap((q) => q.costLines).reduce((s, l) => s + l.amountCents, 0);
        expect(x.committedCents).toBe(committed);
        expect(x.committedCents).toBeLessThanOrEqual(x.budgetCents);
        expect(x.paidCents).toBeLessThanOrEqual(x.committedCents);
        let paid = 0;
        for (const q of x.proposals) {
          expect(q.costLines.length).toBeGreaterThanOrEqual(1);
          expect(q.costLines.reduce((s, l) => s + l.amountCents, 0)).toBeLessThanOrEqual(x.budgetCents);
          for (const l of q.costLines) {
            expect(COST_CATEGORIES).toContain(l.category);
            expect(Number.isInteger(l.amountCents) && l.amountCents > 0).toBe(true);
            expect(l.commitment !== null).toBe(q.status === 'approved');
            if (!l.commitment) continue;
            expect(l.commitment.paidCents).toBe(l.commitment.invoices.reduce((s, i) => s + i.amountCents, 0));
            expect(l.commitment.paidCents).toBeLessThanOrEqual(l.amountCents);
            for (const i of l.commitment.invoices) expect(i.amountCents).toBeGreaterThan(0);
            expect(new Set(l.commitment.invoices.map((i) => i.invoiceNumber)).size).toBe(l.commitment.invoices.length);
            paid += l.commitment.paidCents;
          }
        }
        expect(x.paidCents).toBe(paid);
        // PRB keeps the trajectory's cost equal to the committed amount.
        const t = routes.trajectories.find((y) => y.key === x.trajectoryKey)!;
        expect(t).toMatchObject({
          prbParticipantKey: x.key,
          clientKey: x.clientKey,
          instrumentKey: p.instrumentKey,
          costCents: x.committedCents,
          startDate: x.admittedOn,
        });
      }
    }
    const participantClients = routes.prbProgrammes.flatMap((p) => p.participants.map((x) => x.clientKey));
    expect(new Set(participantClients).size).toBe(participantClients.length);
  });

  it('tops up with long-term clients only where needed, with fresh valid BSNs', () => {
    const bsns = [...demo.clients, ...routes.extraClients].map((c) => c.bsn);
    expect(new Set(bsns).size).toBe(bsns.length);
    for (const c of routes.extraClients) {
      expect(isValidBsn(c.bsn)).toBe(true);
      expect(c.owningOrganisationKey).toBe('eindhoven'); // Breda has enough clients of the right age
      expect(c.caseManagerKey).toBe('eindhoven.klantmanager');
      expect(c.ladderAssessments.length).toBeGreaterThanOrEqual(1);
    }
    expect(routes.extraClients.length).toBeLessThan(40);
  });

  it('gives every trajectory values the database accepts and rungs from the client ladder', () => {
    const byKey = clientsOf(demo, routes);
    const instrumentKeys = new Set(routes.instruments.map((i) => i.key));
    expect(new Set(routes.trajectories.map((t) => t.key)).size).toBe(routes.trajectories.length);
    for (const t of routes.trajectories) {
      const client = byKey.get(t.clientKey)!;
      expect(client.owningOrganisationKey).toBe(t.organisationKey);
      expect(instrumentKeys.has(t.instrumentKey)).toBe(true);
      expect(t.instrumentKey.startsWith(`${t.organisationKey}:`)).toBe(true);
      expect(isIsoDate(t.startDate) && isIsoDate(t.plannedEndDate)).toBe(true);
      expect(t.plannedEndDate >= t.startDate).toBe(true);
      expect(t.startDate <= DEMO_REFERENCE_DATE).toBe(true);
      expect(Number.isInteger(t.costCents) && t.costCents >= 0).toBe(true);
      expect(t.goalRung >= 1 && t.goalRung <= 6).toBe(true);
      expect(t.rungBefore).toBe(rungOn(client, t.startDate));
      expect(t.status === 'closed').toBe(t.outcome !== null && t.endDate !== null);
      if (t.status === 'running') {
        expect(t.endDate).toBeNull();
        expect(t.rungAfter).toBeNull();
        expect(t.closedByKey).toBeNull();
      } else {
        expect(OUTCOMES).toContain(t.outcome);
        expect(t.endDate! >= t.startDate && t.endDate! <= DEMO_REFERENCE_DATE).toBe(true);
        expect(t.rungAfter).toBe(rungOn(client, t.endDate!));
        expect(t.closedByKey).toBe(`${t.organisationKey}.klantmanager`);
      }
      if (t.outcome === 'work') {
        expect(t.outcomeHours! >= 1 && t.outcomeHours! <= 60).toBe(true);
        expect(CONTRACT_TYPES).toContain(t.outcomeContractType);
      } else {
        expect(t.outcomeHours).toBeNull();
        expect(t.outcomeContractType).toBeNull();
      }
      if (t.outcome === 'dropped_out') expect(t.outcomeReason!.trim().length).toBeGreaterThan(0);
      // Outside PRB, work goes with a rung of paid work at the end.
      if (t.outcome === 'work' && !t.prbParticipantKey) expect(t.rungAfter).toBeGreaterThanOrEqual(5);
    }
  });

  it('has 100–200 trajectories over all instruments with a believable mix of outcomes', () => {
    const outside = routes.trajectories.filter((t) => !t.prbParticipantKey);
    expect(routes.trajectories.length).toBeGreaterThanOrEqual(100);
    expect(routes.trajectories.length).toBeLessThanOrEqual(200);
    expect(outside.length).toBeGreaterThanOrEqual(90);
    const kinds = new Set(routes.trajectories.map((t) => t.instrumentKey.split(':')[1]));
    expect(kinds.size).toBe(8);
    const closed = outside.filter((t) => t.status === 'closed');
    const work = closed.filter((t) => t.outcome === 'work').length;
    expect(work / closed.length).toBeGreaterThan(0.1);
    expect(work / closed.length).toBeLessThan(0.5);
    for (const o of OUTCOMES) expect(closed.some((t) => t.outcome === o)).toBe(true);
    expect(outside.filter((t) => t.status === 'running').length).toBeGreaterThan(15);
    for (const m of MUNICIPALITIES) expect(outside.some((t) => t.organisationKey === m.key)).toBe(true);
  });

  it('has the same catalogue of eight instruments in every gemeente, with CBS categories from the code list', () => {
    for (const m of MUNICIPALITIES) {
      const own = routes.instruments.filter((i) => i.organisationKey === m.key);
      expect(own.map((i) => i.name)).toEqual([
        'Scholing',
        'Jobcoaching',
        'Work First',
        'Loonkostensubsidie',
        'Vrijwilligerswerk met behoud van uitkering',
        'Schuldhulpverlening',
        'Persoonsgebonden re-integratiebudget (PRB)',
        'Sociale activering',
      ]);
      expect(own.filter((i) => i.kind === 'prb')).toHaveLength(1);
    }
    for (const i of routes.instruments) {
      expect(INSTRUMENT_KINDS).toContain(i.kind);
      if (i.cbsCategory !== null) expect(CBS_CATEGORY_CODES).toContain(i.cbsCategory);
    }
  });

  it('gives Stapvoort an assignment per gemeente holding exactly the clients of the trajectories it runs', () => {
    const byAssignment = (key: string): DemoTrajectory[] => routes.trajectories.filter((t) => t.assignmentKey === key);
    expect(routes.assignments).toHaveLength(MUNICIPALITIES.length);
    for (const a of routes.assignments) {
      expect(a.providerKey).toBe('stapvoort');
      expect(a.periodEnd >= a.periodStart).toBe(true);
      const ts = byAssignment(a.key);
      expect(a.clients.map((c) => c.trajectoryKey)).toEqual(ts.map((t) => t.key));
      expect(a.budgetCents).toBeGreaterThanOrEqual(ts.reduce((s, t) => s + t.costCents, 0));
      for (const c of a.clients) {
        const t = ts.find((x) => x.key === c.trajectoryKey)!;
        expect(c).toEqual({ clientKey: t.clientKey, trajectoryKey: t.key, assignedOn: t.startDate, endedOn: t.endDate });
      }
      // One open assignment per client at a time (the database's unique index).
      const open = a.clients.filter((c) => c.endedOn === null).map((c) => c.clientKey);
      expect(new Set(open).size).toBe(open.length);
    }
    for (const t of routes.trajectories) {
      expect(t.providerKey === null).toBe(t.assignmentKey === null);
      if (t.assignmentKey) expect(t.assignmentKey).toBe(`assignment:${t.organisationKey}`);
      for (const r of t.progressReports) {
        expect(t.providerKey).toBe('stapvoort');
        expect(r).toMatchObject({ authorKey: 'stapvoort.jobcoach', authorOrganisationKey: 'stapvoort' });
        expect(r.reportedOn >= t.startDate && r.reportedOn <= (t.endDate ?? DEMO_REFERENCE_DATE)).toBe(true);
        expect(r.text.trim().length).toBeGreaterThan(0);
      }
    }
    expect(routes.trajectories.filter((t) => t.progressReports.length > 0).length).toBeGreaterThan(10);
  });

  it('links each portal user to their client and gives that client a polis signed by both parties', () => {
    const portalUsers = demo.users.filter((u) => u.roles[0] === 'werkzoekende');
    expect(routes.portalAccounts.map((a) => [a.userKey, a.clientKey])).toEqual(portalUsers.map((u) => [u.key, u.clientKey]));
    expect(routes.polisses.map((p) => p.clientKey)).toEqual(portalUsers.map((u) => u.clientKey));
    for (const p of routes.polisses) {
      const [v1, ...later] = p.versions;
      expect(v1).toMatchObject({ versionNumber: 1, status: 'signed' });
      expect(v1!.signatures.map((s) => s.party).sort()).toEqual(['client', 'municipality']);
      expect(v1!.signatures.find((s) => s.party === 'client')!.signerKey).toBe(`${p.organisationKey}.werkzoekende`);
      expect(v1!.signatures.find((s) => s.party === 'municipality')!.signerKey).toBe(`${p.organisationKey}.klantmanager`);
      expect(v1!.signedAt).toBe(
        v1!.signatures
          .map((s) => s.signedAt)
          .sort()
          .at(-1),
      );
      for (const s of v1!.signatures) expect(s.signedAt >= v1!.createdAt).toBe(true);
      for (const v of p.versions) {
        expect(v.steps.length).toBeGreaterThanOrEqual(1);
        expect(v.municipalityObligations.length).toBeGreaterThanOrEqual(1);
        expect(v.clientObligations.length).toBeGreaterThanOrEqual(1);
        for (const s of v.steps) {
          expect(s.dueDate >= s.startDate).toBe(true);
          if (s.trajectoryKey) expect(routes.trajectories.find((t) => t.key === s.trajectoryKey)!.clientKey).toBe(p.clientKey);
        }
        expect(v.steps.some((s) => s.trajectoryKey !== null)).toBe(true);
      }
      for (const v of later) expect(v).toMatchObject({ status: 'draft', signatures: [], signedAt: null });
      expect(later.every((v) => (v.changeNote ?? '').length > 0)).toBe(true);
    }
    expect(routes.polisses.find((p) => p.organisationKey === 'eindhoven')!.versions.map((v) => v.status)).toEqual(['signed', 'draft']);
  });
});
