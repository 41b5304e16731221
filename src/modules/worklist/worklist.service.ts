import { AppError, type InvalidParam } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { todayInAmsterdam } from '../../kernel/dates.ts';
import type { Role } from '../../kernel/roles.ts';
import { inTenant, type Db } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { UseCase } from '../../platform/audit/audited.ts';
import { newTrail, type Trail } from '../../platform/audit/trail.ts';
import { ruleKey, type TaskRule } from '../../platform/task-rules.ts';
import type { ClientsService } from '../clients/index.ts';
import { displayName } from '../clients/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import { findUserById } from '../identity/index.ts';
import { listOrganisations } from '../organisations/index.ts';
import { findVacancy } from '../vacancies/index.ts';
import type {
  Task,
  TaskBulkCompleteInput,
  TaskCancelInput,
  TaskCompleteInput,
  TaskInput,
  TaskList,
  TaskListQuery,
} from './worklist.api.ts';
import { WORKLIST_ACTIVITIES } from './worklist.activities.ts';
import { isAssignedTo, mayHandleTask, mayWorkOnClients, rolesHandleClients } from './worklist.policy.ts';
import * as repo from './worklist.repo.ts';
import { dueRange, teamLabel } from './worklist.rules.ts';

const P = WORKLIST_ACTIVITIES;
const RULE_CLOSING_NOTE = 'Vanzelf afgesloten: er is niets meer te doen (afgehandeld, of de aanleiding is vervallen).';

/** What the bell says when the rules gave a user new tasks (no client, no subject: the queue shows those). */
export const NEW_TASKS_NOTIFICATION = {
  kind: 'worklist.new-tasks',
  title: 'Er staan nieuwe taken in je werkvoorraad',
  linkPath: '/werkvoorraad',
};

/** Subjects a task can be made about by hand; the others come from the task rules of their modules. */
const MANUAL_SUBJECTS = ['client', 'vacancy'] as const;

export interface RuleRunResult {
  organisations: number;
  created: number;
  closed: number;
}

/** Where one rule's run for one organisation spent its time (ms), for the benchmark and diagnosis. */
export interface RuleRunTiming {
  ruleId: string;
  organisationId: string;
  /** The rule's own query of what is due, with turning its rows into tasks. */
  dueMs: number;
  due: number;
  /** Reading the keys the rule made before and comparing them with the due ones. */
  compareMs: number;
  insertMs: number;
  created: number;
  closeMs: number;
  closed: number;
}

/**
 * The lookups one response needs, done once per transaction: the client files the caller may see (through
 * the clients module, which applies its own visibility rules), user names and vacancy titles.
 */
class Lookups {
  private readonly clientFiles = new Map<string, Promise<{ displayName: string; bsn: string } | null>>();
  private readonly users = new Map<string, Promise<{ id: string; name: string } | null>>();
  private readonly vacancies = new Map<string, Promise<string | null>>();

  constructor(
    private readonly tx: Db,
    private readonly actor: Actor,
    private readonly clients: ClientsService,
  ) {}

  /** The client file, if the caller may see it: a role that handles files, and a file the organisation may see. */
  client(id: string) {
    if (!this.clientFiles.has(id)) {
      this.clientFiles.set(
        id,
        mayWorkOnClients(this.actor)
          ? this.clients.load(this.tx, this.actor, id).then(
              (f) => ({ displayName: displayName(f.client), bsn: f.client.bsn }),
              (err: unknown) => {
                if (err instanceof AppError && err.code === 'not_found') return null;
                throw err;
              },
            )
          : Promise.resolve(null),
      );
    }
    return this.clientFiles.get(id)!;
  }

  user(id: string) {
    if (!this.users.has(id))
      this.users.set(
        id,
        findUserById(this.tx, id).then((u) => (u ? { id: u.id, name: u.name } : null)),
      );
    return this.users.get(id)!;
  }

  vacancyTitle(id: string) {
    if (!this.vacancies.has(id))
      this.vacancies.set(
        id,
        findVacancy(this.tx, id).then((v) => v?.vacancy.title ?? null),
      );
    return this.vacancies.get(id)!;
  }
}

export class WorklistService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    private readonly useCase: UseCase,
    private readonly clients: ClientsService,
    private readonly rules: readonly TaskRule[],
    private readonly notifications: Pick<NotificationsService, 'notify'>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The caller's tasks and their teams', soonest due first; tasks about client files they may not see are left out. */
  async list(actor: Actor, query: TaskListQuery, trail: Trail): Promise<TaskList> {
    return this.useCase(actor, trail, { action: 'task.list', objectType: 'task', objectId: null }, async (tx) => {
      const today = todayInAmsterdam(this.clock());
      const { from, to } = dueRange(query.due, today);
      const rows = await repo.listTasks(tx, {
        organisationId: actor.organisationId,
        userId: actor.userId,
        roles: actor.roles,
        status: query.status,
        dueFrom: from,
        dueTo: to,
        subjectType: query.subjectType,
        clientId: query.clientId,
      });
      const lookups = new Lookups(tx, actor, this.clients);
      const shown = await this.visible(lookups, actor, rows);
      const items = await Promise.all(shown.map((r) => this.present(lookups, r)));
      await this.audit.processing(tx, actor, trail, P.taskList, await bsnsOf(lookups, shown));
      return { items, today };
    });
  }

  /** A task by hand, about a client or vacancy the organisation may see, for the caller, a colleague or a team. */
  async create(actor: Actor, input: TaskInput, trail: Trail): Promise<Task> {
    const id = newId();
    return this.useCase(actor, trail, { action: 'task.create', objectType: 'task', objectId: id }, async (tx) => {
      const lookups = new Lookups(tx, actor, this.clients);
      const subject = input.subject;
      if (!(MANUAL_SUBJECTS as readonly string[]).includes(subject.type)) {
        throw AppError.invalid([
          {
            name: 'subject.type',
            code: 'not_manual',
            reason: 'Een taak met de hand kan over een cliënt of een vacature gaan; de andere taken maakt Werkplein zelf aan.',
          },
        ]);
      }
      let clientBsn: string | null = null;
      if (subject.type === 'client') {
        if (!mayWorkOnClients(actor)) throw AppError.forbidden('Taken over cliënten zijn voor wie met klantdossiers werkt.');
        const file = await lookups.client(subject.id);
        if (!file) throw unknownSubject('Deze cliënt bestaat niet of is niet met uw organisatie gedeeld.');
        clientBsn = file.bsn;
      } else if (!(await lookups.vacancyTitle(subject.id))) {
        throw unknownSubject('Deze vacature bestaat niet of is niet zichtbaar voor uw organisatie.');
      }
      const assignee = input.assignee ?? { userId: actor.userId };
      if ('userId' in assignee) {
        const user = assignee.userId === actor.userId ? null : await findUserById(tx, assignee.userId);
        if (assignee.userId !== actor.userId && (!user || user.organisationId !== actor.organisationId || !user.active)) {
          throw AppError.invalid([
            { name: 'assignee.userId', code: 'unknown', reason: 'Deze collega bestaat niet in uw organisatie of is niet meer actief.' },
          ]);
        }
        if (clientBsn && !rolesHandleClients(user ? user.roles : actor.roles)) {
          throw AppError.invalid([
            { name: 'assignee.userId', code: 'no_client_files', reason: 'Deze collega werkt niet met klantdossiers.' },
          ]);
        }
      } else if (clientBsn && !rolesHandleClients([assignee.role as Role])) {
        throw AppError.invalid([{ name: 'assignee.role', code: 'no_client_files', reason: 'Dit team werkt niet met klantdossiers.' }]);
      }
      await repo.insertTask(tx, {
        id,
        organisationId: actor.organisationId,
        assigneeUserId: 'userId' in assignee ? assignee.userId : null,
        assigneeRole: 'role' in assignee ? assignee.role : null,
        subjectType: subject.type,
        subjectId: subject.id,
        clientId: subject.type === 'client' ? subject.id : null,
        title: input.title,
        dueOn: input.dueOn,
        reason: input.reason,
        createdByUserId: actor.userId,
        createdAt: this.clock(),
      });
      if (clientBsn) await this.audit.processing(tx, actor, trail, P.taskCreate, [clientBsn]);
      const [row] = await repo.findTasks(tx, actor.organisationId, [id]);
      return this.present(lookups, row!);
    });
  }

  async complete(actor: Actor, id: string, input: TaskCompleteInput, trail: Trail): Promise<Task> {
    return this.close(actor, id, { status: 'done', note: input.note }, trail);
  }

  async cancel(actor: Actor, id: string, input: TaskCancelInput, trail: Trail): Promise<Task> {
    return this.close(actor, id, { status: 'cancelled', note: input.reason }, trail);
  }

  /**
   * Completes several tasks at once, all or nothing: when one of them cannot be completed (not the caller's,
   * or no longer open) nothing is, and the refusal names each one with its reason.
   */
  async completeMany(actor: Actor, input: TaskBulkCompleteInput, trail: Trail): Promise<{ completed: Task[] }> {
    return this.useCase(actor, trail, { action: 'task.complete_many', objectType: 'task', objectId: null }, async (tx) => {
      const lookups = new Lookups(tx, actor, this.clients);
      const rows = new Map((await repo.findTasks(tx, actor.organisationId, input.taskIds)).map((r) => [r.id, r]));
      const problems: InvalidParam[] = [];
      const found: repo.TaskRow[] = [];
      for (const [i, taskId] of input.taskIds.entries()) {
        const row = rows.get(taskId);
        if (!row || !(await this.mayHandle(lookups, actor, row))) {
          problems.push({ name: `taskIds.${i}`, code: 'not_found', reason: 'Deze taak bestaat niet of is niet aan u toegewezen.' });
        } else if (row.status !== 'open') {
          problems.push({ name: `taskIds.${i}`, code: 'not_open', reason: `“${row.title}” is al ${statusWord(row.status)}.` });
        } else found.push(row);
      }
      if (problems.length > 0) {
        throw new AppError(
          'conflict',
          `${problems.length} van de ${input.taskIds.length} taken ${problems.length === 1 ? 'kan' : 'kunnen'} niet worden afgerond; er is niets afgerond.`,
          problems,
        );
      }
      const at = this.clock();
      for (const row of found) {
        if (!(await repo.closeTask(tx, actor.organisationId, row.id, { status: 'done', userId: actor.userId, note: input.note, at }))) {
          throw new AppError('conflict', `“${row.title}” is intussen door iemand anders afgesloten; er is niets afgerond.`);
        }
      }
      await this.audit.processing(tx, actor, trail, P.taskClose, await bsnsOf(lookups, found));
      const closed = new Map((await repo.findTasks(tx, actor.organisationId, input.taskIds)).map((r) => [r.id, r]));
      return { completed: await Promise.all(input.taskIds.map((taskId) => this.present(lookups, closed.get(taskId)!))) };
    });
  }

  /**
   * Runs every task rule for each (active) organisation, each organisation and rule in a tenant transaction of
   * its own: adds the tasks whose rule key is new, closes the rule's open tasks it no longer returns.
   * Idempotent: a second run on the same day adds and closes nothing.
   */
  async runRules(
    opts: { today?: string; organisationIds?: readonly string[]; onTiming?: (timing: RuleRunTiming) => void } = {},
  ): Promise<RuleRunResult> {
    const now = this.clock();
    const today = opts.today ?? todayInAmsterdam(now);
    const organisationIds =
      opts.organisationIds ?? (await inTenant(this.db, null, (tx) => listOrganisations(tx))).filter((o) => o.active).map((o) => o.id);
    const result: RuleRunResult = { organisations: organisationIds.length, created: 0, closed: 0 };
    const trail = newTrail('werkvoorraad');
    const failures: string[] = [];
    for (const organisationId of organisationIds) {
      for (const rule of this.rules) {
        try {
          const { created, closed } = await this.runRule(rule, organisationId, today, now, trail, opts.onTiming);
          result.created += created;
          result.closed += closed;
        } catch (err) {
          // One organisation's failure does not hold up the others; the job fails afterwards and is retried.
          failures.push(`${rule.id} voor organisatie ${organisationId}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    }
    if (failures.length > 0) throw new Error(`Taakregels mislukt: ${failures.join('; ')}`);
    return result;
  }

  // ----------------------------------------------------------------------------------------------------

  /** One rule for one organisation, in one tenant transaction: new keys become tasks, vanished ones close. */
  private async runRule(
    rule: TaskRule,
    organisationId: string,
    today: string,
    now: Date,
    trail: Trail,
    onTiming?: (timing: RuleRunTiming) => void,
  ) {
    return inTenant(this.db, { organisationId, userId: null }, async (tx) => {
      let mark = performance.now();
      const lap = () => {
        const at = performance.now();
        const ms = at - mark;
        mark = at;
        return ms;
      };
      const due = await rule.due(tx, { organisationId, today });
      const rows: repo.TaskInsert[] = due.map((d) => ({
        id: newId(),
        organisationId,
        assigneeUserId: 'userId' in d.assignee ? d.assignee.userId : null,
        assigneeRole: 'role' in d.assignee ? d.assignee.role : null,
        subjectType: d.subject.type,
        subjectId: d.subject.id,
        clientId: d.subject.type === 'client' ? d.subject.id : d.clientId,
        title: d.title,
        dueOn: d.dueOn,
        reason: d.reason,
        ruleId: rule.id,
        ruleKey: ruleKey(rule.id, d),
        createdAt: now,
      }));
      const dueMs = lap();
      // Compared in memory with what the rule made before (one indexed read): only new keys are inserted (still
      // ON CONFLICT DO NOTHING, for a concurrent run), only open tasks whose key is gone are closed.
      const known = await repo.ruleTaskKeys(tx, organisationId, rule.id);
      const knownKeys = new Set(known.map((k) => k.key));
      const dueKeys = new Set(rows.map((r) => r.ruleKey!));
      const compareMs = lap();
      const { added: created, userIds } = await repo.insertRuleTasks(
        tx,
        rows.filter((r) => !knownKeys.has(r.ruleKey!)),
      );
      // One notification (and at most one mail) per user per day, whatever the number of new tasks and rules:
      // the key dedupes across the rules of a run and the refresh runs of that day (ADR 0016, amendment).
      for (const userId of userIds) {
        await this.notifications.notify(tx, { userId, ...NEW_TASKS_NOTIFICATION, key: `worklist.new-tasks:${today}` });
      }
      const insertMs = lap();
      const vanished = known.filter((k) => k.open && !dueKeys.has(k.key)).map((k) => k.id);
      const closed = await repo.closeRuleTasks(tx, organisationId, vanished, now, RULE_CLOSING_NOTE);
      const closeMs = lap();
      if (created + closed > 0) {
        const entry = { action: `task.rule:${rule.id}`, objectType: 'organisation', objectId: organisationId, result: 'success' } as const;
        await this.audit.audit(tx, null, trail, entry);
      }
      onTiming?.({ ruleId: rule.id, organisationId, dueMs, due: rows.length, compareMs, insertMs, created, closeMs, closed });
      return { created, closed };
    });
  }

  private async close(actor: Actor, id: string, close: { status: 'done' | 'cancelled'; note: string | null }, trail: Trail): Promise<Task> {
    const action = close.status === 'done' ? 'task.complete' : 'task.cancel';
    return this.useCase(actor, trail, { action, objectType: 'task', objectId: id }, async (tx) => {
      const lookups = new Lookups(tx, actor, this.clients);
      const [row] = await repo.findTasks(tx, actor.organisationId, [id]);
      if (!row || !(await this.mayHandle(lookups, actor, row))) throw AppError.notFound('Taak niet gevonden.');
      if (row.status !== 'open') throw new AppError('conflict', `Deze taak is al ${statusWord(row.status)}.`);
      const ok = await repo.closeTask(tx, actor.organisationId, id, { ...close, userId: actor.userId, at: this.clock() });
      if (!ok) throw new AppError('conflict', 'Deze taak is intussen door iemand anders afgesloten.');
      await this.audit.processing(tx, actor, trail, P.taskClose, await bsnsOf(lookups, [row]));
      const [closed] = await repo.findTasks(tx, actor.organisationId, [id]);
      return this.present(lookups, closed!);
    });
  }

  private async mayHandle(lookups: Lookups, actor: Actor, row: repo.TaskRow): Promise<boolean> {
    if (!mayHandleTask(actor, row)) return false;
    return row.clientId === null || (await lookups.client(row.clientId)) !== null;
  }

  /** The rows the caller may see: assigned to them or their team, and about no client file hidden from them. */
  private async visible(lookups: Lookups, actor: Actor, rows: repo.TaskRow[]): Promise<repo.TaskRow[]> {
    const checks = await Promise.all(rows.map(async (r) => r.clientId === null || (await lookups.client(r.clientId)) !== null));
    return rows.filter((r, i) => checks[i] && isAssignedTo(actor, r));
  }

  private async present(lookups: Lookups, r: repo.TaskRow): Promise<Task> {
    const client = r.clientId ? await lookups.client(r.clientId) : null;
    const person = async (userId: string) => (await lookups.user(userId)) ?? { id: userId, name: 'Onbekende gebruiker' };
    const rule = r.ruleId ? this.rules.find((x) => x.id === r.ruleId) : undefined;
    return {
      id: r.id,
      title: r.title,
      dueOn: r.dueOn,
      status: r.status as Task['status'],
      reason: r.reason,
      subject: {
        type: r.subjectType as Task['subject']['type'],
        id: r.subjectId,
        label: r.subjectType === 'vacancy' ? await lookups.vacancyTitle(r.subjectId) : null,
      },
      client: client && r.clientId ? { id: r.clientId, displayName: client.displayName } : null,
      assignee: r.assigneeUserId
        ? { kind: 'user', user: await person(r.assigneeUserId) }
        : { kind: 'team', role: r.assigneeRole!, label: teamLabel(r.assigneeRole!) },
      createdBy: r.createdByUserId
        ? { kind: 'user', user: await person(r.createdByUserId) }
        : { kind: 'rule', ruleId: r.ruleId!, label: rule?.description ?? `Regel ${r.ruleId}` },
      createdAt: r.createdAt.toISOString(),
      closedAt: r.closedAt?.toISOString() ?? null,
      closedBy: r.closedByUserId ? await person(r.closedByUserId) : null,
      closingNote: r.closingNote,
    };
  }
}

function unknownSubject(reason: string): AppError {
  return AppError.invalid([{ name: 'subject.id', code: 'unknown', reason }]);
}

function statusWord(status: string): string {
  return status === 'done' ? 'afgerond' : status === 'cancelled' ? 'geannuleerd' : 'open';
}

async function bsnsOf(lookups: Lookups, rows: repo.TaskRow[]): Promise<string[]> {
  const ids = [...new Set(rows.flatMap((r) => (r.clientId ? [r.clientId] : [])))];
  const files = await Promise.all(ids.map((id) => lookups.client(id)));
  return files.flatMap((f) => (f ? [f.bsn] : []));
}
