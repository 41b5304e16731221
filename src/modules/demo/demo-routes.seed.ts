/**
 * Loads the routes-to-work demo (demo-routes.ts) as the application role: every gemeente writes its own
 * instruments, assignment, trajectories, PRB programmes, portal accounts and polisses within its own tenant
 * context, and Stapvoort writes its progress reports within its own, so the demo passes row-level security,
 * the CHECK constraints and the polis triggers like real data. Rows go in with batch inserts.
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { inTenant, type Db } from '../../platform/db/database.ts';
import { clientPortalAccounts } from '../client-portal/client-portal.schema.ts';
import {
  assignmentClients,
  instruments,
  providerAssignments,
  trajectories,
  trajectoryProgressReports,
} from '../trajectories/trajectories.schema.ts';
import { polisSignatures, polisSteps, polisVersions, polisses } from '../polis/polis.schema.ts';
import { contentHash } from '../polis/polis.rules.ts';
import { prbAdvisors, prbCommitments, prbCostLines, prbInvoices, prbParticipants, prbProgrammes, prbProposals } from '../prb/prb.schema.ts';
import type { DemoPolis, DemoRoutes } from './demo-routes.ts';

/** Stable ids from demo keys, so links into the demo survive a re-seed. */
export function demoId(key: string): string {
  const h = createHash('sha256').update(`werkplein-demo:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Multi-row INSERTs of at most `chunk` rows (well below PostgreSQL's 65,535 bind parameters). */
export async function insertMany<T extends PgTable>(tx: Db, table: T, rows: readonly T['$inferInsert'][], chunk = 250): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await tx.insert(table).values(rows.slice(i, i + chunk));
}

const orgId = (key: string) => demoId(`org:${key}`);
const userId = (key: string) => demoId(`user:${key}`);
const clientId = (key: string) => demoId(`client:${key}`);
const instrumentId = (key: string) => demoId(`instrument:${key}`);
const programmeId = (key: string) => demoId(`prb-programme:${key}`);
const proposalId = (key: string) => demoId(`proposal:${key}`);
const versionId = (polisKey: string, n: number) => demoId(`${polisKey}:v${n}`);
/** Assignment, trajectory, participant and polis keys carry their own prefix. */
const keyId = (key: string) => demoId(key);
const moment = (value: string) => new Date(value);
const dayStart = (date: string, hour = 9) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+01:00`);

/** The content both parties sign, exactly as the polis module hashes it. */
export function demoPolisContentHash(version: DemoPolis['versions'][number]): string {
  return contentHash({
    municipalityObligations: version.municipalityObligations,
    clientObligations: version.clientObligations,
    goalRung: version.goalRung,
    steps: version.steps.map((s) => ({
      description: s.description,
      trajectoryId: s.trajectoryKey ? keyId(s.trajectoryKey) : null,
      responsible: s.responsible,
      startDate: s.startDate,
      dueDate: s.dueDate,
    })),
  });
}

export async function seedRoutes(db: Db, routes: DemoRoutes): Promise<void> {
  const orgKeys = [...new Set([...routes.instruments.map((i) => i.organisationKey), ...routes.trajectories.map((t) => t.organisationKey)])];
  for (const org of orgKeys) {
    const organisationId = orgId(org);
    await inTenant(db, { organisationId, userId: null }, async (tx) => {
      const own = <T extends { organisationKey: string }>(rows: readonly T[]) => rows.filter((r) => r.organisationKey === org);

      await insertMany(
        tx,
        instruments,
        own(routes.instruments).map((i) => {
          const since = dayStart(i.kind === 'prb' ? '2003-11-03' : '2023-06-01');
          return {
            id: instrumentId(i.key),
            organisationId,
            name: i.name,
            kind: i.kind,
            cbsCategory: i.cbsCategory,
            description: i.description,
            createdAt: since,
            updatedAt: since,
          };
        }),
      );

      const assignments = own(routes.assignments);
      await insertMany(
        tx,
        providerAssignments,
        assignments.map((a) => ({
          id: keyId(a.key),
          organisationId,
          providerOrganisationId: orgId(a.providerKey),
          name: a.name,
          periodStart: a.periodStart,
          periodEnd: a.periodEnd,
          budgetCents: a.budgetCents,
          targetStarted: a.targetStarted,
          targetToWork: a.targetToWork,
          targetMaxDropOutPercent: a.targetMaxDropOutPercent,
          createdById: userId(a.createdByKey),
          createdAt: dayStart(a.createdOn, 11),
        })),
      );

      await insertMany(
        tx,
        trajectories,
        own(routes.trajectories).map((t) => ({
          id: keyId(t.key),
          organisationId,
          clientId: clientId(t.clientKey),
          instrumentId: instrumentId(t.instrumentKey),
          providerOrganisationId: t.providerKey ? orgId(t.providerKey) : null,
          assignmentId: t.assignmentKey ? keyId(t.assignmentKey) : null,
          prbParticipantId: t.prbParticipantKey ? keyId(t.prbParticipantKey) : null,
          startDate: t.startDate,
          plannedEndDate: t.plannedEndDate,
          costCents: t.costCents,
          goalRung: t.goalRung,
          rungBefore: t.rungBefore,
          status: t.status,
          endDate: t.endDate,
          outcome: t.outcome,
          outcomeHours: t.outcomeHours,
          outcomeContractType: t.outcomeContractType,
          outcomeReason: t.outcomeReason,
          rungAfter: t.rungAfter,
          createdById: userId(t.createdByKey),
          createdAt: dayStart(t.startDate),
          closedById: t.closedByKey ? userId(t.closedByKey) : null,
          closedAt: t.endDate ? dayStart(t.endDate, 16) : null,
          version: t.status === 'closed' ? 2 : 1,
        })),
      );

      await insertMany(
        tx,
        assignmentClients,
        assignments.flatMap((a) =>
          a.clients.map((c) => ({
            id: demoId(`assignment-client:${a.key}:${c.trajectoryKey}`),
            assignmentId: keyId(a.key),
            clientId: clientId(c.clientKey),
            organisationId,
            providerOrganisationId: orgId(a.providerKey),
            assignedAt: dayStart(c.assignedOn, 8),
            assignedById: userId(a.createdByKey),
            endedAt: c.endedOn ? dayStart(c.endedOn, 17) : null,
          })),
        ),
      );

      // PRB: programme (admitted_count = its participants), advisors, participants, proposals, money.
      const programmes = own(routes.prbProgrammes);
      await insertMany(
        tx,
        prbProgrammes,
        programmes.map((p) => ({
          id: programmeId(p.key),
          organisationId,
          name: p.name,
          periodStart: p.periodStart,
          periodEnd: p.periodEnd,
          cohortSize: p.cohortSize,
          admittedCount: p.participants.length,
          maxBudgetPerClientCents: p.maxBudgetPerClientCents,
          instrumentId: instrumentId(p.instrumentKey),
          createdById: userId(p.createdByKey),
          createdAt: dayStart(p.createdOn, 10),
        })),
      );
      await insertMany(
        tx,
        prbAdvisors,
        programmes.flatMap((p) =>
          p.advisors.map((a) => ({
            programmeId: programmeId(p.key),
            userId: userId(a.userKey),
            organisationId: orgId(a.userKey.split('.')[0]!),
            addedAt: dayStart(a.addedOn, 10),
          })),
        ),
      );
      const participants = programmes.flatMap((p) => p.participants.map((x) => ({ programme: p, x })));
      await insertMany(
        tx,
        prbParticipants,
        participants.map(({ programme, x }) => ({
          id: keyId(x.key),
          programmeId: programmeId(programme.key),
          organisationId,
          clientId: clientId(x.clientKey),
          clientDisplayName: x.clientDisplayName,
          advisorId: x.advisorKey ? userId(x.advisorKey) : null,
          trajectoryId: keyId(x.trajectoryKey),
          intakeNote: x.intakeNote,
          budgetCents: x.budgetCents,
          committedCents: x.committedCents,
          paidCents: x.paidCents,
          admittedById: userId(x.admittedByKey),
          admittedOn: x.admittedOn,
          createdAt: dayStart(x.admittedOn, 10),
        })),
      );
      const proposals = participants.flatMap(({ programme, x }) => x.proposals.map((proposal) => ({ programme, x, proposal })));
      await insertMany(
        tx,
        prbProposals,
        proposals.map(({ programme, x, proposal: q }) => ({
          id: proposalId(q.key),
          participantId: keyId(x.key),
          programmeId: programmeId(programme.key),
          organisationId,
          goal: q.goal,
          status: q.status,
          totalCents: q.costLines.reduce((s, l) => s + l.amountCents, 0),
          createdById: userId(q.createdByKey),
          createdAt: moment(q.createdAt),
          updatedAt: moment(q.decidedAt ?? q.submittedAt ?? q.createdAt),
          submittedAt: q.submittedAt ? moment(q.submittedAt) : null,
          submittedById: q.submittedByKey ? userId(q.submittedByKey) : null,
          decidedAt: q.decidedAt ? moment(q.decidedAt) : null,
          decidedById: q.decidedByKey ? userId(q.decidedByKey) : null,
          decisionReason: q.decisionReason,
        })),
      );
      const lines = proposals.flatMap(({ x, proposal: q }) => q.costLines.map((line, i) => ({ x, q, line, i })));
      await insertMany(
        tx,
        prbCostLines,
        lines.map(({ q, line, i }) => ({
          id: demoId(`cost-line:${q.key}:${i}`),
          proposalId: proposalId(q.key),
          organisationId,
          position: i + 1,
          category: line.category,
          supplier: line.supplier,
          description: line.description,
          amountCents: line.amountCents,
        })),
      );
      const committed = lines.filter(({ line }) => line.commitment !== null);
      await insertMany(
        tx,
        prbCommitments,
        committed.map(({ x, q, line, i }) => ({
          id: demoId(`commitment:${q.key}:${i}`),
          participantId: keyId(x.key),
          proposalId: proposalId(q.key),
          costLineId: demoId(`cost-line:${q.key}:${i}`),
          organisationId,
          supplier: line.supplier,
          description: line.description,
          amountCents: line.amountCents,
          paidCents: line.commitment!.paidCents,
          createdAt: moment(q.decidedAt!),
        })),
      );
      await insertMany(
        tx,
        prbInvoices,
        committed.flatMap(({ x, q, line, i }) =>
          line.commitment!.invoices.map((inv, j) => ({
            id: demoId(`invoice:${q.key}:${i}:${j}`),
            commitmentId: demoId(`commitment:${q.key}:${i}`),
            participantId: keyId(x.key),
            organisationId,
            invoiceNumber: inv.invoiceNumber,
            invoiceDate: inv.invoiceDate,
            amountCents: inv.amountCents,
            recordedById: userId(q.decidedByKey!),
            recordedAt: dayStart(inv.invoiceDate, 14),
          })),
        ),
      );

      await insertMany(
        tx,
        clientPortalAccounts,
        own(routes.portalAccounts).map((a) => ({
          userId: userId(a.userKey),
          clientId: clientId(a.clientKey),
          organisationId,
          linkedAt: moment(a.linkedAt),
          linkedById: userId(a.linkedByKey),
        })),
      );

      await seedPolisses(tx, organisationId, own(routes.polisses));
    });
  }

  // Progress reports are written by their authors' organisation (the provider running the trajectory).
  const reports = routes.trajectories.flatMap((t) => t.progressReports.map((r, i) => ({ t, r, i })));
  for (const author of [...new Set(reports.map(({ r }) => r.authorOrganisationKey))]) {
    await inTenant(db, { organisationId: orgId(author), userId: null }, async (tx) => {
      await insertMany(
        tx,
        trajectoryProgressReports,
        reports
          .filter(({ r }) => r.authorOrganisationKey === author)
          .map(({ t, r, i }) => ({
            id: demoId(`progress:${t.key}:${i}`),
            trajectoryId: keyId(t.key),
            organisationId: orgId(t.organisationKey),
            authorOrganisationId: orgId(author),
            authorId: userId(r.authorKey),
            reportedOn: r.reportedOn,
            text: r.text,
            createdAt: dayStart(r.reportedOn, 15),
          })),
      );
    });
  }
}

/**
 * Versions go in oldest first, as the application makes them: a version is written as a draft with its
 * steps, and only then does it get its content hash, status and signatures (the triggers freeze a version's
 * steps once it carries a hash, and allow one draft per polis).
 */
async function seedPolisses(tx: Db, organisationId: string, list: readonly DemoPolis[]): Promise<void> {
  if (list.length === 0) return;
  await insertMany(
    tx,
    polisses,
    list.map((p) => ({
      id: keyId(p.key),
      organisationId,
      clientId: clientId(p.clientKey),
      createdById: userId(p.createdByKey),
      createdAt: moment(p.createdAt),
    })),
  );
  const rounds = Math.max(...list.map((p) => p.versions.length));
  for (let n = 1; n <= rounds; n++) {
    const versions = list.flatMap((p) => p.versions.filter((v) => v.versionNumber === n).map((v) => ({ p, v })));
    await insertMany(
      tx,
      polisVersions,
      versions.map(({ p, v }) => ({
        id: versionId(p.key, n),
        polisId: keyId(p.key),
        organisationId,
        clientId: clientId(p.clientKey),
        versionNumber: n,
        status: 'draft',
        municipalityObligations: v.municipalityObligations,
        clientObligations: v.clientObligations,
        goalRung: v.goalRung,
        changeNote: v.changeNote,
        createdById: userId(v.createdByKey),
        createdAt: moment(v.createdAt),
        updatedAt: moment(v.createdAt),
      })),
    );
    await insertMany(
      tx,
      polisSteps,
      versions.flatMap(({ p, v }) =>
        v.steps.map((s, i) => ({
          id: demoId(`${p.key}:v${n}:step:${i}`),
          versionId: versionId(p.key, n),
          organisationId,
          position: i + 1,
          description: s.description,
          trajectoryId: s.trajectoryKey ? keyId(s.trajectoryKey) : null,
          responsible: s.responsible,
          startDate: s.startDate,
          dueDate: s.dueDate,
        })),
      ),
    );
    const signed = versions.filter(({ v }) => v.signatures.length > 0);
    for (const { p, v } of signed) {
      const hash = demoPolisContentHash(v);
      await tx
        .update(polisVersions)
        .set({
          status: v.status,
          contentHash: hash,
          signedAt: v.signedAt ? moment(v.signedAt) : null,
          updatedAt: moment(v.signedAt ?? v.signatures.at(-1)!.signedAt),
        })
        .where(eq(polisVersions.id, versionId(p.key, n)));
    }
    await insertMany(
      tx,
      polisSignatures,
      signed.flatMap(({ p, v }) =>
        v.signatures.map((s) => ({
          id: demoId(`${p.key}:v${n}:signature:${s.party}`),
          versionId: versionId(p.key, n),
          organisationId,
          party: s.party,
          signedById: userId(s.signerKey),
          signerName: s.signerName,
          contentHash: demoPolisContentHash(v),
          signedAt: moment(s.signedAt),
        })),
      ),
    );
  }
}
