import { Button } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams, useRouteContext } from '@tanstack/react-router';
import { useRef, useState, type FormEvent } from 'react';
import { api, type AssignmentClient, call, type ProviderAssignmentDetail } from '../../api/index.ts';
import { mayCall } from '../../app/auth.tsx';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { TextField } from '../../ui/fields.tsx';
import { Badge, DataList, DataRow, InfoAlert, Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert, ActionError } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { formatCents } from '../../ui/money.ts';
import { assignmentQuery, trajectoryKeys } from '../trajectories/queries.ts';
import { dateOf } from '../../ui/dates.ts';

export function AssignmentPage() {
  const { t, formatDate } = useI18n();
  const { id } = useParams({ from: '/auth/opdrachten/$id' });
  const { user } = useRouteContext({ from: '/auth/opdrachten/$id' });
  const { data: a } = useSuspenseQuery(assignmentQuery(id));
  // Clients are assigned (and ended) by the municipality that gave the assignment, not by the provider.
  const mayAssign = a.side === 'given' && mayCall(user, 'assignClientToProvider');

  return (
    <>
      <PageHeader preHeading={t('assignment.preHeading')} title={a.name} />
      <p className="utrecht-paragraph">
        <Link to="/opdrachten" className="utrecht-link">
          {t('assignment.backToList')}
        </Link>
      </p>

      <div className="wp-card-grid">
        <section className="wp-card" aria-labelledby="assignment-details">
          <h2 className="utrecht-heading-2" id="assignment-details">
            {t('assignment.details')}
          </h2>
          <DataList>
            <DataRow label={t('assignment.owner')}>{a.organisationName}</DataRow>
            <DataRow label={t('assignment.provider')}>{a.provider.name}</DataRow>
            <DataRow label={t('assignment.period')}>
              {t('trajectories.periodValue', { start: formatDate(a.periodStart), end: formatDate(a.periodEnd) })}
            </DataRow>
            <DataRow label={t('assignment.budget')}>{formatCents(a.budgetCents)}</DataRow>
          </DataList>
        </section>
        <ResultsCard assignment={a} />
      </div>

      {a.clients === null ? (
        <InfoAlert>
          <p className="utrecht-paragraph">{t('assignment.aggregatesOnly')}</p>
        </InfoAlert>
      ) : (
        <ClientsSection assignment={a} clients={a.clients} mayAssign={mayAssign} linkToClient={mayCall(user, 'getClient')} />
      )}
    </>
  );
}

function percent(part: number, whole: number): string {
  if (whole <= 0) return '0';
  return String(Math.round((part / whole) * 1000) / 10).replace('.', ',');
}

/** Results next to the targets: the municipality and the provider see exactly these figures. */
function ResultsCard({ assignment: a }: { assignment: ProviderAssignmentDetail }) {
  const { t } = useI18n();
  const r = a.results;
  const noTarget = <span className="wp-muted">{t('assignment.noTarget')}</span>;
  const rows: { label: string; actual: React.ReactNode; target: React.ReactNode }[] = [
    { label: t('assignment.started'), actual: r.started, target: a.targetStarted },
    { label: t('assignment.running'), actual: r.running, target: noTarget },
    { label: t('assignment.toWork'), actual: r.toWork, target: a.targetToWork },
    {
      label: t('assignment.droppedOut'),
      actual: t('assignment.droppedOutPercent', { count: r.droppedOut, percent: percent(r.droppedOut, r.started) }),
      target: a.targetMaxDropOutPercent !== null ? t('assignment.maxDropOut', { percent: a.targetMaxDropOutPercent }) : noTarget,
    },
    { label: t('assignment.spent'), actual: formatCents(r.spentCents), target: formatCents(a.budgetCents) },
    {
      label: t('assignment.costPerPlacement'),
      actual:
        r.costPerPlacementCents !== null ? (
          formatCents(r.costPerPlacementCents)
        ) : (
          <span className="wp-muted">{t('assignment.notYet')}</span>
        ),
      target: noTarget,
    },
  ];
  return (
    <section className="wp-card" aria-labelledby="assignment-results">
      <h2 className="utrecht-heading-2" id="assignment-results">
        {t('assignment.results')}
      </h2>
      <p className="utrecht-paragraph">{t('assignment.resultsIntro')}</p>
      <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={t('assignment.resultsCaption')}>
        <table className="utrecht-table utrecht-table--html-table wp-table">
          <caption className="utrecht-table__caption wp-visually-hidden">{t('assignment.resultsCaption')}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('assignment.figure')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('assignment.actual')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('assignment.target')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rows.map((row) => (
              <tr className="utrecht-table__row" key={row.label}>
                <th scope="row" className="utrecht-table__cell wp-table__row-header">
                  {row.label}
                </th>
                <td className="utrecht-table__cell">{row.actual}</td>
                <td className="utrecht-table__cell">{row.target}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ClientsSection({
  assignment,
  clients,
  mayAssign,
  linkToClient,
}: {
  assignment: ProviderAssignmentDetail;
  clients: AssignmentClient[];
  mayAssign: boolean;
  linkToClient: boolean;
}) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const [toEnd, setToEnd] = useState<AssignmentClient | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const end = useMutation({
    mutationFn: (c: AssignmentClient) =>
      call(
        api.POST('/api/v1/provider-assignments/{id}/clients/{clientId}/end', {
          params: { path: { id: assignment.id, clientId: c.clientId } },
        }),
      ),
    onSuccess: async (ended) => {
      setToEnd(null);
      flash(t('assignment.ended', { name: ended.displayName }));
      await queryClient.invalidateQueries({ queryKey: ['assignments'] });
      headingRef.current?.focus();
    },
  });

  return (
    <section className="wp-section wp-card" aria-labelledby="assignment-clients">
      <h2 className="utrecht-heading-2 wp-focus-target" id="assignment-clients" ref={headingRef} tabIndex={-1}>
        {t('assignment.clients')}
      </h2>
      <p className="utrecht-paragraph">{t('assignment.clientsIntro')}</p>
      {clients.length === 0 ? (
        <p className="utrecht-paragraph">{t('assignment.clientsNone')}</p>
      ) : (
        <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={t('assignment.clientsCaption')}>
          <table className="utrecht-table utrecht-table--html-table wp-table">
            <caption className="utrecht-table__caption wp-visually-hidden">{t('assignment.clientsCaption')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('assignment.clientName')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('assignment.assignedAt')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('assignment.endedAt')}
                </th>
                {mayAssign ? (
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('assignment.actions')}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {clients.map((c) => (
                <tr className="utrecht-table__row" key={`${c.clientId}-${c.assignedAt}`}>
                  <th scope="row" className="utrecht-table__cell wp-table__row-header">
                    {linkToClient && !c.endedAt ? (
                      <Link to="/clienten/$id" params={{ id: c.clientId }} className="utrecht-link">
                        {c.displayName}
                      </Link>
                    ) : (
                      c.displayName
                    )}
                  </th>
                  <td className="utrecht-table__cell">{formatDate(dateOf(c.assignedAt))}</td>
                  <td className="utrecht-table__cell">
                    {c.endedAt ? formatDate(dateOf(c.endedAt)) : <Badge tone="ok">{t('assignment.active')}</Badge>}
                  </td>
                  {mayAssign ? (
                    <td className="utrecht-table__cell">
                      {!c.endedAt ? (
                        <Button
                          appearance="secondary-action-button"
                          hint="danger"
                          className="wp-small-button"
                          onClick={() => {
                            end.reset();
                            setToEnd(c);
                          }}
                        >
                          {t('assignment.end')}
                          <span className="wp-visually-hidden"> {t('assignment.endFor', { name: c.displayName })}</span>
                        </Button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {mayAssign ? (
        <AssignClientForm assignment={assignment} activeClientIds={new Set(clients.filter((c) => !c.endedAt).map((c) => c.clientId))} />
      ) : null}

      <ConfirmDialog
        open={toEnd !== null}
        title={t('assignment.endConfirm.title')}
        message={toEnd ? t('assignment.endConfirm.text', { name: toEnd.displayName, provider: assignment.provider.name }) : ''}
        confirmLabel={t('assignment.endConfirm.submit')}
        busy={end.isPending}
        error={end.isError ? <ActionError error={end.error} /> : null}
        onConfirm={() => {
          if (toEnd && !end.isPending) end.mutate(toEnd);
        }}
        onCancel={() => setToEnd(null)}
      />
    </section>
  );
}

function AssignClientForm({ assignment, activeClientIds }: { assignment: ProviderAssignmentDetail; activeClientIds: Set<string> }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const [text, setText] = useState('');
  const [q, setQ] = useState<string | null>(null);
  const results = useQuery({
    queryKey: ['clients', 'list', { q, pageSize: 10, for: 'assignment' }],
    queryFn: () => call(api.GET('/api/v1/clients', { params: { query: { q: q ?? undefined, pageSize: 10 } } })),
    enabled: q !== null,
  });

  const assign = useMutation({
    mutationFn: (clientId: string) =>
      call(api.POST('/api/v1/provider-assignments/{id}/clients', { params: { path: { id: assignment.id } }, body: { clientId } })),
    onSuccess: async (assigned) => {
      flash(t('assignment.assign.done', { name: assigned.displayName, provider: assignment.provider.name }));
      await queryClient.invalidateQueries({ queryKey: trajectoryKeys.assignment(assignment.id) });
      await queryClient.invalidateQueries({ queryKey: trajectoryKeys.assignments });
    },
  });

  const search = (event: FormEvent) => {
    event.preventDefault();
    setQ(text.trim());
  };
  // Clients of the own caseload only (shared files belong to another organisation).
  const found = (results.data?.items ?? []).filter((c) => !c.shared);

  return (
    <div className="wp-subsection">
      <h3 className="utrecht-heading-3">{t('assignment.assign.title')}</h3>
      <form className="wp-form wp-form--inline" noValidate onSubmit={search} role="search" aria-label={t('assignment.assign.title')}>
        <TextField
          name="assignSearch"
          type="search"
          label={t('assignment.assign.search')}
          description={t('assignment.assign.searchHint')}
          value={text}
          onChange={setText}
          width="md"
        />
        <SubmitButton appearance="secondary">{t('assignment.assign.searchSubmit')}</SubmitButton>
      </form>
      {assign.isError ? <ActionError error={assign.error} /> : null}
      {results.isFetching ? <Loading /> : null}
      {results.isError ? <ProblemAlert error={results.error} /> : null}
      {q !== null && results.isSuccess ? (
        found.length === 0 ? (
          <p className="utrecht-paragraph" role="status">
            {t('assignment.assign.none')}
          </p>
        ) : (
          <ul className="wp-plain-list wp-assign-results" aria-label={t('assignment.assign.results')}>
            {found.map((c) => (
              <li key={c.id} className="wp-assign-result">
                <span>
                  {c.displayName} <span className="wp-muted">({c.city})</span>
                </span>
                {activeClientIds.has(c.id) ? (
                  <Badge>{t('assignment.assign.already')}</Badge>
                ) : (
                  <Button
                    appearance="secondary-action-button"
                    className="wp-small-button"
                    disabled={assign.isPending}
                    onClick={() => {
                      if (!assign.isPending) assign.mutate(c.id);
                    }}
                  >
                    {t('assignment.assign.submit')}
                    <span className="wp-visually-hidden"> {c.displayName}</span>
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
