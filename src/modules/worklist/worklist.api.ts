import { z } from 'zod';
import { todayInAmsterdam } from '../../kernel/dates.ts';
import { isoDate, optionalText, text, uuidField } from '../../platform/http/fields.ts';
import { TASK_SUBJECT_TYPES } from '../../platform/task-rules.ts';
import { WORKLIST_ROLES } from './worklist.policy.ts';

export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
/** overdue: before today; today; week: the seven days after today (Europe/Amsterdam). */
export const DUE_FILTERS = ['overdue', 'today', 'week'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

export const TaskSubjectType = z.enum(TASK_SUBJECT_TYPES).meta({ id: 'TaskSubjectType' });
const Role = z.enum(WORKLIST_ROLES as [string, ...string[]]);

export const TaskListQuery = z.strictObject({
  due: z.enum(DUE_FILTERS).optional(),
  subjectType: TaskSubjectType.optional(),
  status: z.enum(TASK_STATUSES).default('open'),
  /** Only the tasks about this client (the client file's timeline). */
  clientId: uuidField.optional(),
});
export type TaskListQuery = z.output<typeof TaskListQuery>;

const dueOn = isoDate.refine((d) => d >= todayInAmsterdam(), {
  message: 'De datum waarop de taak klaar moet zijn, ligt in het verleden.',
  params: { code: 'date_in_past' },
});

export const TaskAssigneeInput = z.union([z.strictObject({ userId: uuidField }), z.strictObject({ role: Role })]);

export const TaskInput = z
  .strictObject({
    title: text(200),
    dueOn,
    reason: optionalText(2000),
    subject: z.strictObject({ type: TaskSubjectType, id: uuidField }),
    /** Default: the caller. A team is a role within the caller's organisation. */
    assignee: TaskAssigneeInput.optional(),
  })
  .meta({ id: 'TaskInput' });
export type TaskInput = z.output<typeof TaskInput>;

export const TaskCompleteInput = z.strictObject({ note: optionalText(2000) }).meta({ id: 'TaskCompleteInput' });
export type TaskCompleteInput = z.output<typeof TaskCompleteInput>;

export const TaskCancelInput = z.strictObject({ reason: text(2000) }).meta({ id: 'TaskCancelInput' });
export type TaskCancelInput = z.output<typeof TaskCancelInput>;

export const TaskBulkCompleteInput = z
  .strictObject({
    taskIds: z
      .array(uuidField)
      .min(1, { message: 'Kies ten minste één taak.' })
      .max(200, { message: 'Rond hoogstens 200 taken tegelijk af.' })
      .refine((ids) => new Set(ids).size === ids.length, {
        message: 'Een taak staat twee keer in de lijst.',
        params: { code: 'duplicate' },
      }),
    note: optionalText(2000),
  })
  .meta({ id: 'TaskBulkCompleteInput' });
export type TaskBulkCompleteInput = z.output<typeof TaskBulkCompleteInput>;

const Person = z.object({ id: z.uuid(), name: z.string() });

export const Task = z
  .object({
    id: z.uuid(),
    title: z.string(),
    dueOn: z.string(),
    status: z.enum(TASK_STATUSES),
    reason: z.string().nullable(),
    subject: z.object({
      type: TaskSubjectType,
      id: z.uuid(),
      /** A short label where the owning module has one to give (a vacancy's title); null otherwise. */
      label: z.string().nullable(),
    }),
    /** The client the task is about, with the name from the client file. */
    client: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    assignee: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('user'), user: Person }),
      z.object({ kind: z.literal('team'), role: z.string(), label: z.string() }),
    ]),
    createdBy: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('user'), user: Person }),
      z.object({ kind: z.literal('rule'), ruleId: z.string(), label: z.string() }),
    ]),
    createdAt: z.string(),
    closedAt: z.string().nullable(),
    /** Null on an open task, and when the task's rule closed it. */
    closedBy: Person.nullable(),
    closingNote: z.string().nullable(),
  })
  .meta({ id: 'Task' });
export type Task = z.input<typeof Task>;

export const TaskList = z
  .object({ items: z.array(Task), today: z.string().meta({ description: 'The date the due filters were judged by (Europe/Amsterdam).' }) })
  .meta({ id: 'TaskList' });
export type TaskList = z.input<typeof TaskList>;

export const TaskBulkResult = z.object({ completed: z.array(Task) }).meta({ id: 'TaskBulkResult' });
