import { AppError, type InvalidParam } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Db } from '../../platform/db/database.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import type { Actor } from '../../platform/http/access.ts';
import type { FileResult } from '../../platform/http/route.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { UseCase } from '../../platform/audit/audited.ts';
import type { JobQueue } from '../../platform/jobs/queue.ts';
import { requestTaskRulesRun } from '../../platform/task-rules.ts';
import { POLIS_ACTIVITIES } from './polis.activities.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import type { ClientsService } from '../clients/index.ts';
import { displayName } from '../clients/index.ts';
import type { ClientPortalService } from '../client-portal/index.ts';
import type { Polis, PolisDraftInput, PolisDraftUpdate, PolisSignInput, PolisVersion, PolisVersionInput } from './polis.api.ts';
import { renderPolisPdf } from './polis.pdf.ts';
import * as repo from './polis.repo.ts';
import { contentHash, formatDateNl, fullySigned, type PolisParty } from './polis.rules.ts';

const P = POLIS_ACTIVITIES;

type LoadedClient = Awaited<ReturnType<ClientsService['load']>>;
type StepInput = PolisDraftInput['steps'][number];

const NOT_YOURS = 'Dit is niet uw polis: deze polisversie hoort niet bij uw dossier.';

/**
 * The polis: a klantmanager drafts it, both parties sign it (the municipality here, the client in the portal),
 * and a signed version never changes: a change is a new version that needs new signatures.
 *
 * Lifecycle of a version: draft (editable while nobody signed; the first signature fixes the content hash
 * and freezes it) → signed (both parties) → superseded (a newer version was signed by both). A draft that
 * one party signed and that is replaced by a new version before the other party signs becomes superseded
 * too: its signature stays in the history, but it never became binding. An unsigned draft is not replaced:
 * it is edited (409 on a new version while it exists).
 */
export class PolisService {
  constructor(
    readonly db: Db,
    readonly audit: AuditTrail,
    private readonly useCase: UseCase,
    readonly clients: ClientsService,
    readonly portal: ClientPortalService,
    private readonly jobs: JobQueue,
  ) {}

  // Municipality ---------------------------------------------------------------------------------------

  async listForClient(actor: Actor, clientId: string, trail: Trail): Promise<Polis[]> {
    return this.useCase(actor, trail, { action: 'polis.list', objectType: 'client', objectId: clientId }, async (tx) => {
      const found = await this.clients.load(tx, actor, clientId);
      const rows = await repo.listPolissesOfClient(tx, actor.organisationId, clientId);
      await this.audit.processing(tx, actor, trail, P.polisView, [found.client.bsn]);
      return this.toPolisses(tx, actor, rows, found);
    });
  }

  async draft(actor: Actor, clientId: string, input: PolisDraftInput, trail: Trail): Promise<Polis> {
    const polisId = newId();
    try {
      return await this.draftOnce(actor, polisId, clientId, input, trail);
    } catch (err) {
      // The advisory lock serialises first drafts; the unique index is the database's guarantee behind it.
      if (isUniqueViolation(err, 'polisses_client_key')) {
        throw new AppError('conflict', 'Deze cliënt heeft al een polis. Een wijziging wordt een nieuwe versie van die polis.', [
          { name: 'clientId', code: 'polis_exists', reason: 'Er bestaat al een polis voor deze cliënt.' },
        ]);
      }
      throw err;
    }
  }

  private async draftOnce(actor: Actor, polisId: string, clientId: string, input: PolisDraftInput, trail: Trail): Promise<Polis> {
    return this.useCase(actor, trail, { action: 'polis.draft', objectType: 'polis', objectId: polisId }, async (tx) => {
      const found = await this.clients.loadOwned(tx, actor, clientId);
      await repo.lockClientPolis(tx, clientId);
      const [existing] = await repo.listPolissesOfClient(tx, actor.organisationId, clientId);
      if (existing) {
        throw new AppError('conflict', 'Deze cliënt heeft al een polis. Een wijziging wordt een nieuwe versie van die polis.', [
          { name: 'clientId', code: 'polis_exists', reason: `Polis ${existing.id} bestaat al.` },
        ]);
      }
      await this.checkTrajectories(tx, actor, clientId, input.steps);
      await repo.insertPolis(tx, { id: polisId, organisationId: actor.organisationId, clientId, createdById: actor.userId });
      await repo.insertVersion(tx, this.versionRow(actor, polisId, clientId, 1, input), toStepRows(input.steps), newId);
      await this.audit.processing(tx, actor, trail, P.polisDraft, [found.client.bsn]);
      return this.polisById(tx, actor, polisId, found);
    });
  }

  async get(actor: Actor, polisId: string, trail: Trail): Promise<Polis> {
    return this.useCase(actor, trail, { action: 'polis.read', objectType: 'polis', objectId: polisId }, async (tx) => {
      const polis = await repo.findPolis(tx, actor.organisationId, polisId);
      if (!polis) throw AppError.notFound('Polis niet gevonden.');
      const found = await this.clients.load(tx, actor, polis.clientId);
      await this.audit.processing(tx, actor, trail, P.polisView, [found.client.bsn]);
      return (await this.toPolisses(tx, actor, [polis], found))[0]!;
    });
  }

  async updateDraft(actor: Actor, versionId: string, input: PolisDraftUpdate, trail: Trail): Promise<Polis> {
    return this.useCase(actor, trail, { action: 'polis.update', objectType: 'polis_version', objectId: versionId }, async (tx) => {
      const version = await this.versionOrNotFound(tx, actor, versionId);
      const found = await this.clients.loadOwned(tx, actor, version.clientId);
      assertEditable(version);
      if (version.revision !== input.revision) throw staleRevision();
      if (version.versionNumber > 1 && !input.changeNote) throw changeNoteRequired();
      await this.checkTrajectories(tx, actor, version.clientId, input.steps);
      const ok = await repo.updateDraft(
        tx,
        actor.organisationId,
        versionId,
        input.revision,
        {
          municipalityObligations: input.municipalityObligations,
          clientObligations: input.clientObligations,
          goalRung: input.goalRung,
          changeNote: input.changeNote,
        },
        toStepRows(input.steps),
        newId,
      );
      // Between reading and writing, someone else saved or signed this draft.
      if (!ok) throw staleRevision();
      await this.audit.processing(tx, actor, trail, P.polisDraft, [found.client.bsn]);
      return this.polisById(tx, actor, version.polisId, found);
    });
  }

  async createVersion(actor: Actor, polisId: string, input: PolisVersionInput, trail: Trail): Promise<Polis> {
    const versionId = newId();
    try {
      return await this.useCase(
        actor,
        trail,
        { action: 'polis.version.create', objectType: 'polis_version', objectId: versionId },
        async (tx) => {
          const polis = await repo.findPolis(tx, actor.organisationId, polisId);
          if (!polis) throw AppError.notFound('Polis niet gevonden.');
          const found = await this.clients.loadOwned(tx, actor, polis.clientId);
          await this.checkTrajectories(tx, actor, polis.clientId, input.steps);
          const draft = await repo.lockOpenDraft(tx, actor.organisationId, polisId);
          if (draft && draft.contentHash === null) {
            throw new AppError(
              'conflict',
              `Versie ${draft.versionNumber} is nog een concept dat niemand heeft ondertekend. Pas dat concept aan in plaats van een nieuwe versie te maken.`,
              [{ name: 'polisId', code: 'open_draft', reason: `Open concept: ${draft.id}.` }],
            );
          }
          // Signed by one party only: replaced by the new version; the signature stays in the history.
          if (draft) await repo.supersedeDraft(tx, actor.organisationId, draft.id);
          const number = (await repo.lastVersionNumber(tx, actor.organisationId, polisId)) + 1;
          await repo.insertVersion(
            tx,
            { ...this.versionRow(actor, polisId, polis.clientId, number, input), id: versionId },
            toStepRows(input.steps),
            newId,
          );
          await this.audit.processing(tx, actor, trail, P.polisDraft, [found.client.bsn]);
          return this.polisById(tx, actor, polisId, found);
        },
      );
    } catch (err) {
      if (isUniqueViolation(err, 'polis_versions_polis_number_key') || isUniqueViolation(err, 'polis_versions_one_draft_key')) {
        throw new AppError('conflict', 'Er is intussen al een nieuwe versie van deze polis gemaakt. Laad de polis opnieuw.');
      }
      throw err;
    }
  }

  async signAsMunicipality(actor: Actor, versionId: string, input: PolisSignInput, trail: Trail): Promise<Polis> {
    return this.withSignatureRace(() =>
      this.useCase(actor, trail, { action: 'polis.sign', objectType: 'polis_version', objectId: versionId }, async (tx) => {
        const version = await repo.findVersion(tx, actor.organisationId, versionId, { lock: true });
        if (!version) throw AppError.notFound('Polisversie niet gevonden.');
        const found = await this.clients.loadOwned(tx, actor, version.clientId);
        await this.sign(tx, actor, version, 'municipality', input);
        await this.audit.processing(tx, actor, trail, P.polisSign, [found.client.bsn]);
        return this.polisById(tx, actor, version.polisId, found);
      }),
    );
  }

  async pdf(actor: Actor, versionId: string, trail: Trail): Promise<FileResult> {
    return this.useCase(actor, trail, { action: 'polis.pdf', objectType: 'polis_version', objectId: versionId }, async (tx) => {
      const version = await this.versionOrNotFound(tx, actor, versionId);
      return this.pdfOf(tx, actor, version, trail);
    });
  }

  // Client portal (werkzoekende) -------------------------------------------------------------------------

  async listMine(actor: Actor, trail: Trail): Promise<Polis[]> {
    return this.useCase(actor, trail, { action: 'portal.polis.list', objectType: 'client', objectId: actor.userId }, async (tx) => {
      const clientId = await this.portal.ownClientId(tx, actor);
      const found = await this.clients.load(tx, actor, clientId);
      const rows = await repo.listPolissesOfClient(tx, actor.organisationId, clientId);
      await this.audit.processing(tx, actor, trail, P.polisView, [found.client.bsn]);
      return this.toPolisses(tx, actor, rows, found);
    });
  }

  async signAsClient(actor: Actor, versionId: string, input: PolisSignInput, trail: Trail): Promise<Polis> {
    return this.withSignatureRace(() =>
      this.useCase(actor, trail, { action: 'portal.polis.sign', objectType: 'polis_version', objectId: versionId }, async (tx) => {
        const clientId = await this.portal.ownClientId(tx, actor);
        const version = await repo.findVersion(tx, actor.organisationId, versionId, { lock: true, clientId });
        // Another client's version and one that does not exist look the same: not yours.
        if (!version) throw AppError.forbidden(NOT_YOURS);
        const found = await this.clients.load(tx, actor, clientId);
        await this.sign(tx, actor, version, 'client', input);
        await this.audit.processing(tx, actor, trail, P.polisSign, [found.client.bsn]);
        return this.polisById(tx, actor, version.polisId, found);
      }),
    );
  }

  async myPdf(actor: Actor, versionId: string, trail: Trail): Promise<FileResult> {
    return this.useCase(actor, trail, { action: 'portal.polis.pdf', objectType: 'polis_version', objectId: versionId }, async (tx) => {
      const clientId = await this.portal.ownClientId(tx, actor);
      const version = await repo.findVersion(tx, actor.organisationId, versionId, { clientId });
      if (!version) throw AppError.forbidden(NOT_YOURS);
      return this.pdfOf(tx, actor, version, trail);
    });
  }

  // Shared -----------------------------------------------------------------------------------------------

  /**
   * One party's signature on a version locked by the caller. The first signature fixes the content hash;
   * the second makes the version signed and supersedes the previously signed version.
   */
  private async sign(tx: Db, actor: Actor, version: repo.VersionRow, party: PolisParty, input: PolisSignInput): Promise<void> {
    if (version.status === 'signed') throw new AppError('conflict', 'Deze versie is al door beide partijen ondertekend.');
    if (version.status === 'superseded')
      throw new AppError('conflict', 'Deze versie is vervangen door een nieuwere versie en kan niet meer worden ondertekend.');
    const signatures = await repo.listSignatures(tx, actor.organisationId, [version.id]);
    if (signatures.some((s) => s.party === party)) throw alreadySigned(party);
    if (input.revision !== undefined && input.revision !== version.revision) {
      throw new AppError('conflict', 'De polis is gewijzigd nadat u hem opende. Lees de nieuwe inhoud en teken dan opnieuw.', [
        { name: 'revision', code: 'stale', reason: `De huidige revisie is ${version.revision}.` },
      ]);
    }
    const steps = (await repo.listSteps(tx, actor.organisationId, [version.id])).map((r) => r.step);
    const hash = contentHash({ ...version, steps });
    if (version.contentHash === null) {
      if (!(await repo.setContentHash(tx, actor.organisationId, version.id, hash))) throw staleRevision();
    } else if (version.contentHash !== hash) {
      // The triggers keep signed content frozen; a mismatch means the stored polis was tampered with.
      throw new Error(`polis version ${version.id}: the stored content no longer matches its content hash`);
    }
    const at = new Date();
    await repo.insertSignature(tx, {
      id: newId(),
      versionId: version.id,
      organisationId: version.organisationId,
      party,
      signedById: actor.userId,
      signerName: actor.name,
      contentHash: hash,
      signedAt: at,
    });
    if (fullySigned([...signatures.map((s) => s.party), party])) {
      await repo.supersedeSigned(tx, actor.organisationId, version.polisId, version.id);
      if (!(await repo.markSigned(tx, actor.organisationId, version.id, at)))
        throw new Error(`polis version ${version.id}: could not mark signed`);
      // The new version replaces the signed one: the tasks of steps it changed or dropped close now, its own
      // steps that are due get theirs (the municipality's rules, whichever party signed last).
      await requestTaskRulesRun(this.jobs, tx, version.organisationId);
    }
  }

  /** Two signatures of the same party at the same moment: the unique index lets one win; the other is a 409. */
  private async withSignatureRace<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (isUniqueViolation(err, 'polis_signatures_version_party_key'))
        throw new AppError('conflict', 'Deze versie is zojuist al ondertekend.');
      throw err;
    }
  }

  private async pdfOf(tx: Db, actor: Actor, version: repo.VersionRow, trail: Trail): Promise<FileResult> {
    const found = await this.clients.load(tx, actor, version.clientId);
    const polis = await this.polisById(tx, actor, version.polisId, found);
    await this.audit.processing(tx, actor, trail, P.polisPdf, [found.client.bsn]);
    const shown = polis.versions.find((v) => v.id === version.id)!;
    return {
      contentType: 'application/pdf',
      filename: `polis-versie-${version.versionNumber}${shown.signedAt ? '' : '-concept'}.pdf`,
      body: renderPolisPdf(polis, shown),
    };
  }

  private async versionOrNotFound(tx: Db, actor: Actor, versionId: string): Promise<repo.VersionRow> {
    const version = await repo.findVersion(tx, actor.organisationId, versionId);
    if (!version) throw AppError.notFound('Polisversie niet gevonden.');
    return version;
  }

  /** Each step's trajectory must be a trajectory of this client: otherwise a 400 naming steps.N.trajectoryId. */
  private async checkTrajectories(tx: Db, actor: Actor, clientId: string, steps: readonly StepInput[]): Promise<void> {
    const wanted = [...new Set(steps.flatMap((s) => (s.trajectoryId ? [s.trajectoryId] : [])))];
    const known = await repo.trajectoriesOfClient(tx, actor.organisationId, clientId, wanted);
    const problems: InvalidParam[] = steps.flatMap((s, i) =>
      s.trajectoryId && !known.has(s.trajectoryId)
        ? [
            {
              name: `steps.${i}.trajectoryId`,
              code: 'unknown_trajectory',
              reason: 'Dit traject bestaat niet of hoort niet bij deze cliënt.',
            },
          ]
        : [],
    );
    if (problems.length > 0) throw AppError.invalid(problems);
  }

  private versionRow(actor: Actor, polisId: string, clientId: string, versionNumber: number, input: PolisDraftInput | PolisVersionInput) {
    return {
      id: newId(),
      polisId,
      organisationId: actor.organisationId,
      clientId,
      versionNumber,
      status: 'draft',
      municipalityObligations: input.municipalityObligations,
      clientObligations: input.clientObligations,
      goalRung: input.goalRung,
      changeNote: input.changeNote,
      createdById: actor.userId,
    };
  }

  private async polisById(tx: Db, actor: Actor, polisId: string, found: LoadedClient): Promise<Polis> {
    const polis = await repo.findPolis(tx, actor.organisationId, polisId);
    if (!polis) throw AppError.notFound('Polis niet gevonden.');
    return (await this.toPolisses(tx, actor, [polis], found))[0]!;
  }

  /** Polisses of one client with their versions (newest first), steps and signatures. */
  private async toPolisses(tx: Db, actor: Actor, rows: readonly repo.PolisRow[], found: LoadedClient): Promise<Polis[]> {
    const versions = await repo.listVersions(
      tx,
      actor.organisationId,
      rows.map((r) => r.id),
    );
    const versionIds = versions.map((v) => v.version.id);
    const steps = await repo.listSteps(tx, actor.organisationId, versionIds);
    const signatures = await repo.listSignatures(tx, actor.organisationId, versionIds);
    return rows.map((p) => ({
      id: p.id,
      clientId: p.clientId,
      clientDisplayName: displayName(found.client),
      organisationName: found.organisationName,
      versions: versions
        .filter((v) => v.version.polisId === p.id)
        .map(({ version: v, createdByName }): PolisVersion => ({
          id: v.id,
          versionNumber: v.versionNumber,
          status: v.status as PolisVersion['status'],
          municipalityObligations: v.municipalityObligations,
          clientObligations: v.clientObligations,
          goalRung: v.goalRung,
          changeNote: v.changeNote,
          steps: steps
            .filter((s) => s.step.versionId === v.id)
            .map(({ step: s, instrumentName, trajectoryStart, trajectoryPlannedEnd }) => ({
              id: s.id,
              position: s.position,
              description: s.description,
              trajectoryId: s.trajectoryId,
              trajectoryLabel:
                s.trajectoryId && instrumentName && trajectoryStart && trajectoryPlannedEnd
                  ? `${instrumentName} (${formatDateNl(trajectoryStart)} t/m ${formatDateNl(trajectoryPlannedEnd)})`
                  : null,
              responsible: s.responsible as PolisVersion['steps'][number]['responsible'],
              startDate: s.startDate,
              dueDate: s.dueDate,
            })),
          signatures: signatures
            .filter((s) => s.versionId === v.id)
            .map((s) => ({
              party: s.party as PolisParty,
              signerName: s.signerName,
              signedAt: s.signedAt.toISOString(),
              contentHash: s.contentHash,
            })),
          contentHash: v.contentHash,
          createdAt: v.createdAt.toISOString(),
          createdByName,
          signedAt: v.signedAt?.toISOString() ?? null,
          revision: v.revision,
        })),
    }));
  }
}

function toStepRows(steps: readonly StepInput[]): repo.StepInsert[] {
  return steps.map((s) => ({
    description: s.description,
    trajectoryId: s.trajectoryId,
    responsible: s.responsible,
    startDate: s.startDate,
    dueDate: s.dueDate,
  }));
}

function assertEditable(version: repo.VersionRow): void {
  if (version.status === 'signed') {
    throw new AppError('conflict', 'Deze versie is door beide partijen ondertekend en kan niet meer veranderen. Maak een nieuwe versie.');
  }
  if (version.status === 'superseded')
    throw new AppError('conflict', 'Deze versie is vervangen door een nieuwere versie en kan niet meer veranderen.');
  if (version.contentHash !== null) {
    throw new AppError(
      'conflict',
      'Deze versie wordt ondertekend: één partij heeft al getekend, dus de inhoud ligt vast. Maak een nieuwe versie als er iets moet veranderen.',
    );
  }
}

function staleRevision(): AppError {
  return new AppError(
    'conflict',
    'Dit concept is intussen door iemand anders gewijzigd of ondertekend. Laad de polis opnieuw en probeer het nog eens.',
    [{ name: 'revision', code: 'stale', reason: 'Verouderde revisie.' }],
  );
}

function changeNoteRequired(): AppError {
  return AppError.invalid([
    { name: 'changeNote', code: 'required', reason: 'Beschrijf wat er in deze versie verandert ten opzichte van de vorige.' },
  ]);
}

function alreadySigned(party: PolisParty): AppError {
  return new AppError(
    'conflict',
    party === 'client' ? 'U heeft deze versie al ondertekend.' : 'De gemeente heeft deze versie al ondertekend.',
  );
}
