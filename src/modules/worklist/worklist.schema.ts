import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/organisations.schema.ts';
import { users } from '../identity/identity.schema.ts';
import { clients } from '../clients/clients.schema.ts';

/**
 * A task in the work queue of one organisation: for one user or for a team (a role within the
 * organisation), about one subject, due on a date. Made by a user, or by a module's task rule; a rule's
 * task carries a rule key (rule, subject, occurrence) that is unique in the organisation, so generating
 * twice makes nothing new.
 */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    assigneeUserId: uuid('assignee_user_id').references(() => users.id),
    /** A team: everyone with this role in the organisation. */
    assigneeRole: text('assignee_role'),
    /** One of TASK_SUBJECT_TYPES (src/platform/task-rules.ts). */
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** The client the task is about, if any (for a placement: the candidate); only who may see that file sees the task. */
    clientId: uuid('client_id').references(() => clients.id),
    title: text('title').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('open'),
    reason: text('reason'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    ruleId: text('rule_id'),
    ruleKey: text('rule_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Who completed or cancelled it; null with closedAt set: its rule closed it. */
    closedByUserId: uuid('closed_by_user_id').references(() => users.id),
    /** The note on completion, or the reason for cancelling. */
    closingNote: text('closing_note'),
  },
  (t) => [
    uniqueIndex('tasks_organisation_rule_key').on(t.organisationId, t.ruleKey),
    index('tasks_assignee_user_idx').on(t.organisationId, t.assigneeUserId, t.status, t.dueOn),
    index('tasks_assignee_role_idx').on(t.organisationId, t.assigneeRole, t.status, t.dueOn),
    index('tasks_rule_open_idx').on(t.organisationId, t.ruleId, t.status),
    index('tasks_client_idx').on(t.clientId),
    check('tasks_status', sql`${t.status} IN ('open', 'done', 'cancelled')`),
    check('tasks_one_assignee', sql`(${t.assigneeUserId} IS NULL) <> (${t.assigneeRole} IS NULL)`),
    check('tasks_one_creator', sql`(${t.createdByUserId} IS NULL) <> (${t.ruleId} IS NULL)`),
    check('tasks_rule_key', sql`(${t.ruleId} IS NULL) = (${t.ruleKey} IS NULL)`),
    check(
      'tasks_subject_type',
      sql`${t.subjectType} IN ('client', 'employer', 'vacancy', 'trajectory', 'placement_proposal', 'release_notice')`,
    ),
    check('tasks_client_subject', sql`${t.subjectType} <> 'client' OR ${t.clientId} = ${t.subjectId}`),
    check('tasks_title', sql`length(btrim(${t.title})) BETWEEN 1 AND 200`),
    check('tasks_closed', sql`(${t.status} = 'open') = (${t.closedAt} IS NULL)`),
    check('tasks_cancel_reason', sql`${t.status} <> 'cancelled' OR length(btrim(coalesce(${t.closingNote}, ''))) > 0`),
  ],
);
