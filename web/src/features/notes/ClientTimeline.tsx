import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { SessionUser } from '../../api/index.ts';
import { mayCall } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { SelectField } from '../../ui/fields.tsx';
import { Loading } from '../../ui/misc.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
// The other parts of the file, with their own query keys so their changes refresh the timeline too.
import { clientAppointmentsQuery } from '../agenda/queries.ts';
import { ladderQuery } from '../clients/queries.ts';
import { clientTrajectoriesQuery } from '../trajectories/queries.ts';
import { NoteForm } from './NoteForm.tsx';
import { clientNotesQuery, clientTasksQuery } from './queries.ts';
import { TIMELINE_KINDS, timelineEntries, type TimelineEntry, type TimelineKind } from './timeline.ts';

/**
 * The client file's timeline: the journal with its form, and beside it what the other parts of the file
 * hold (appointments, the caller's tasks, ladder steps, trajectories), each only where the caller may read it.
 */
export function ClientTimeline({ user, clientId }: { user: SessionUser; clientId: string }) {
  const { t, formatDate } = useI18n();
  const [show, setShow] = useState<'' | TimelineKind>('');
  const may = (op: Parameters<typeof mayCall>[1]) => mayCall(user, op);
  const notes = useQuery({ ...clientNotesQuery(clientId), enabled: may('listClientNotes') });
  const appointments = useQuery({ ...clientAppointmentsQuery(clientId), enabled: may('listClientAppointments') });
  const openTasks = useQuery({ ...clientTasksQuery(clientId, 'open'), enabled: may('listTasks') });
  const doneTasks = useQuery({ ...clientTasksQuery(clientId, 'done'), enabled: may('listTasks') });
  const ladder = useQuery({ ...ladderQuery(clientId), enabled: may('listLadderAssessments') });
  const trajectories = useQuery({ ...clientTrajectoriesQuery(clientId), enabled: may('listClientTrajectories') });
  if (!may('listClientNotes')) return null;

  const sources = [notes, appointments, openTasks, doneTasks, ladder, trajectories];
  const failed = sources.find((q) => q.isError)?.error;
  const entries = timelineEntries({
    notes: notes.data ?? [],
    appointments: appointments.data ?? [],
    tasks: [...(openTasks.data?.items ?? []), ...(doneTasks.data?.items ?? [])],
    ladder: ladder.data ?? [],
    trajectories: trajectories.data ?? [],
  }).filter((e) => !show || e.kind === show);

  return (
    <section className="wp-section" aria-labelledby="client-timeline-heading">
      <h2 id="client-timeline-heading" className="utrecht-heading-2">
        {t('timeline.title')}
      </h2>
      <p className="utrecht-paragraph wp-muted">{t('timeline.intro')}</p>
      {may('writeClientNote') ? <NoteForm clientId={clientId} /> : null}
      <SelectField
        name="timeline-show"
        label={t('timeline.show')}
        value={show}
        onChange={(v) => setShow(v as '' | TimelineKind)}
        options={[
          { value: '', label: t('timeline.all') },
          ...TIMELINE_KINDS.map((k) => ({ value: k, label: t(`timeline.kind.${k}` as MessageKey) })),
        ]}
      />
      {failed ? <ProblemAlert error={failed} /> : null}
      {notes.isPending ? <Loading /> : null}
      {notes.data && entries.length === 0 ? <p className="utrecht-paragraph">{t('timeline.none')}</p> : null}
      {entries.length > 0 ? (
        <ol className="wp-timeline" aria-label={t('timeline.title')}>
          {entries.map((e) => (
            <li key={e.key} className="wp-timeline__item" data-kind={e.kind} data-warning={e.tag === 'waarschuwing' || undefined}>
              <p className="utrecht-paragraph wp-small wp-muted">
                <time dateTime={e.date}>{formatDate(e.date)}</time> · {label(t, e)}
                {e.by ? ` · ${e.by}` : null}
              </p>
              <p className="utrecht-paragraph wp-preserve">{headline(t, e)}</p>
              {e.detail ? <p className="utrecht-paragraph wp-small wp-preserve">{e.detail}</p> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

type T = ReturnType<typeof useI18n>['t'];

function label(t: T, e: TimelineEntry): string {
  switch (e.kind) {
    case 'note':
      return t(`note.kind.${e.tag}` as MessageKey);
    case 'appointment':
      return t(`timeline.appointment.${e.tag}` as MessageKey);
    case 'task':
      return t(`timeline.task.${e.tag}` as MessageKey);
    case 'ladder':
      return t('timeline.kind.ladder');
    case 'trajectory':
      return t('timeline.kind.trajectory');
  }
}

function headline(t: T, e: TimelineEntry): string {
  if (e.kind === 'ladder') return t('timeline.ladder', { rung: e.title });
  if (e.kind === 'trajectory') return t(`timeline.trajectory.${e.tag}` as MessageKey, { name: e.title });
  return e.title;
}
