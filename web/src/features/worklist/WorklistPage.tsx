import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, call, type components } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { SelectField } from '../../ui/fields.tsx';
import { Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { DUE_GROUPS, groupByDue, SUBJECT_TYPES, type WorklistSearch } from './groups.ts';
import { tasksQuery, worklistKeys } from './queries.ts';

type Task = components['schemas']['Task'];

/** "Mijn werkvoorraad": the signed-in professional's open tasks and their teams', per due section, with (bulk) completion. */
export function WorklistPage() {
  const { t, formatDate } = useI18n();
  const search = useSearch({ from: '/auth/werkvoorraad' });
  const navigate = useNavigate({ from: '/werkvoorraad' });
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const [type, setType] = useState<string>(search.type ?? '');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const tasks = useQuery(tasksQuery({ status: 'open', ...(search.type ? { subjectType: search.type } : {}) }));

  const done = async (count: number) => {
    setSelected(new Set());
    flash(count === 1 ? t('worklist.completed') : t('worklist.completedMany', { count }));
    await queryClient.invalidateQueries({ queryKey: worklistKeys.all });
  };
  const completeOne = useMutation({
    mutationFn: (id: string) => call(api.POST('/api/v1/tasks/{id}/complete', { params: { path: { id } }, body: { note: null } })),
    onSuccess: () => done(1),
  });
  const completeMany = useMutation({
    mutationFn: (taskIds: string[]) => call(api.POST('/api/v1/tasks/complete', { body: { taskIds, note: null } })),
    onSuccess: (result) => done(result.completed.length),
  });

  const applyFilter = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ search: type ? { type: type as WorklistSearch['type'] } : {} });
  };
  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const open = tasks.data?.items ?? [];
  const groups = tasks.data ? groupByDue(open, tasks.data.today) : null;
  const failure = completeOne.error ?? completeMany.error;

  return (
    <>
      <PageHeader title={t('worklist.title')} documentTitle={t('worklist.title')} lead={t('worklist.intro')} />
      <form className="wp-form wp-form--inline" onSubmit={applyFilter} aria-label={t('worklist.filter.legend')}>
        <SelectField
          name="type"
          label={t('worklist.filter.type')}
          value={type}
          onChange={setType}
          options={[
            { value: '', label: t('worklist.filter.all') },
            ...SUBJECT_TYPES.map((s) => ({ value: s, label: t(`worklist.subject.${s}` as MessageKey) })),
          ]}
        />
        <div className="wp-button-row">
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t('worklist.filter.apply')}
          </button>
        </div>
      </form>
      {tasks.isPending ? <Loading /> : null}
      {tasks.isError ? <ProblemAlert error={tasks.error} /> : null}
      {failure ? <ProblemAlert error={failure} /> : null}
      {tasks.data && open.length === 0 ? <p className="utrecht-paragraph">{t('worklist.none')}</p> : null}
      {groups && open.length > 0 ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (selected.size > 0) completeMany.mutate([...selected]);
          }}
        >
          {DUE_GROUPS.map((group) => {
            const items = groups.get(group)!;
            if (group === 'later' && items.length === 0) return null;
            return (
              <section key={group} className="wp-section" aria-labelledby={`worklist-${group}`} data-group={group}>
                <h2 id={`worklist-${group}`} className="utrecht-heading-2">
                  {t(`worklist.group.${group}` as MessageKey)}{' '}
                  <span className="wp-muted wp-small">({t('worklist.count', { count: items.length })})</span>
                </h2>
                {items.length === 0 ? (
                  <p className="utrecht-paragraph wp-muted">{t('worklist.noneGroup')}</p>
                ) : (
                  <ul className="wp-worklist">
                    {items.map((task) => (
                      <TaskItem
                        key={task.id}
                        task={task}
                        checked={selected.has(task.id)}
                        onToggle={(on) => toggle(task.id, on)}
                        onComplete={() => completeOne.mutate(task.id)}
                        busy={completeOne.isPending && completeOne.variables === task.id}
                        overdue={group === 'overdue'}
                        formatDate={formatDate}
                      />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
          <div className="wp-button-row">
            <button
              type="submit"
              className="utrecht-button utrecht-button--primary-action"
              disabled={selected.size === 0 || completeMany.isPending}
              aria-busy={completeMany.isPending || undefined}
            >
              {t('worklist.completeSelected', { count: selected.size })}
            </button>
          </div>
        </form>
      ) : null}
    </>
  );
}

function TaskItem({
  task,
  checked,
  onToggle,
  onComplete,
  busy,
  overdue,
  formatDate,
}: {
  task: Task;
  checked: boolean;
  onToggle: (on: boolean) => void;
  onComplete: () => void;
  busy: boolean;
  overdue: boolean;
  formatDate: (iso: string) => string;
}) {
  const { t } = useI18n();
  const checkboxId = `task-${task.id}`;
  return (
    <li className="wp-worklist__item wp-card" data-overdue={overdue || undefined}>
      <div className="wp-worklist__select">
        <input
          id={checkboxId}
          type="checkbox"
          className="utrecht-checkbox"
          checked={checked}
          onChange={(e) => onToggle(e.target.checked)}
          aria-label={t('worklist.select', { title: task.title })}
        />
      </div>
      <div className="wp-worklist__body">
        <h3 className="utrecht-heading-3">{task.title}</h3>
        <p className="utrecht-paragraph wp-small">
          <span className="wp-badge">{t(`worklist.subject.${task.subject.type}` as MessageKey)}</span>{' '}
          <strong>{t('worklist.due', { date: formatDate(task.dueOn) })}</strong>
          {task.client ? (
            <>
              {' · '}
              <Link to="/clienten/$id" params={{ id: task.client.id }} className="utrecht-link">
                {t('worklist.openClient', { name: task.client.displayName })}
              </Link>
            </>
          ) : null}
          {task.subject.type === 'vacancy' && task.subject.label ? (
            <>
              {' · '}
              <Link to="/vacatures-beheer/$id" params={{ id: task.subject.id }} className="utrecht-link">
                {t('worklist.openVacancy', { title: task.subject.label })}
              </Link>
            </>
          ) : null}
        </p>
        {task.reason ? <p className="utrecht-paragraph">{task.reason}</p> : null}
        <p className="utrecht-paragraph wp-muted wp-small">
          {task.assignee.kind === 'team' ? `${t('worklist.forTeam', { team: task.assignee.label })} · ` : null}
          {task.createdBy.kind === 'rule'
            ? t('worklist.byRule', { rule: task.createdBy.label })
            : t('worklist.byUser', { name: task.createdBy.user.name })}
        </p>
      </div>
      <div className="wp-worklist__actions">
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={onComplete}
          disabled={busy}
          aria-label={t('worklist.completeOne', { title: task.title })}
        >
          {t('worklist.complete')}
        </button>
      </div>
    </li>
  );
}
