import { keepPreviousData, useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams, useRouteContext } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { isIsoDate } from '../../../../src/kernel/dates.ts';
import { api, call, type PrbProgramme } from '../../api/index.ts';
import { mayCall } from '../../app/auth.tsx';
import { useFlash } from '../../app/flash.tsx';
import { todayInAmsterdam, useI18n } from '../../app/i18n.tsx';
import { FormErrors, FormSelectField, FormTextareaField, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { DataList, DataRow, InfoAlert, Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert, ActionError } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { Bar } from '../../ui/Bar.tsx';
import { inSentence } from '../../ui/checks.ts';
import { FormRadioGroup } from '../../ui/RadioGroup.tsx';
import { formatCents } from './money.ts';
import { prbKeys, prbProgrammeQuery } from './queries.ts';
import { ProposalStatusBadge, trajectoryStatusLabel } from './ui.tsx';

/** A programme: details with the cohort fill, its advisors, the participants with their budgets, admission. */
export function ProgrammePage() {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const { id } = useParams({ from: '/auth/prb/$id' });
  const { user } = useRouteContext({ from: '/auth/prb/$id' });
  const { data: programme } = useSuspenseQuery(prbProgrammeQuery(id));
  const full = programme.admittedCount >= programme.cohortSize;

  return (
    <>
      <PageHeader preHeading={t('prb.programme.preHeading')} title={programme.name} />
      <p className="utrecht-paragraph">
        <Link to="/prb" className="utrecht-link">
          {t('prb.programme.back')}
        </Link>
      </p>

      <div className="wp-card-grid">
        <section className="wp-card">
          <h2 className="utrecht-heading-2">{t('prb.programme.details')}</h2>
          <DataList>
            <DataRow label={t('prb.programmes.period')}>
              {t('prb.programmes.periodRange', { from: formatDate(programme.periodStart), to: formatDate(programme.periodEnd) })}
            </DataRow>
            <DataRow label={t('prb.programmes.cohort')}>
              <span className="wp-prb-fill">
                <span>{t('prb.programmes.fill', { admitted: programme.admittedCount, cohort: programme.cohortSize })}</span>
                <Bar value={programme.admittedCount} max={programme.cohortSize} done={full} />
              </span>
            </DataRow>
            <DataRow label={t('prb.programmes.maxBudget')}>{formatCents(programme.maxBudgetPerClientCents)}</DataRow>
            <DataRow label={t('prb.programmes.organisation')}>{programme.organisationName}</DataRow>
            {programme.instrumentName ? <DataRow label={t('prb.programme.instrument')}>{programme.instrumentName}</DataRow> : null}
          </DataList>
        </section>
        <AdvisorsCard programme={programme} canAdd={mayCall(user, 'addPrbAdvisor')} />
      </div>

      <CountsCard programme={programme} />
      <ParticipantsSection programme={programme} linkToParticipants={mayCall(user, 'getPrbParticipant')} />
      {mayCall(user, 'admitPrbParticipant') ? <AdmitSection programme={programme} full={full} /> : null}
    </>
  );
}

function AdvisorsCard({ programme, canAdd }: { programme: PrbProgramme; canAdd: boolean }) {
  const { t } = useI18n();
  const { flash } = useFlash();
  const queryClient = useQueryClient();
  const label = t('prb.programme.advisorEmail');
  const form = useApiForm<{ advisorEmail: string }>({
    defaultValues: { advisorEmail: '' },
    labels: { advisorEmail: label },
    apiNames: { email: 'advisorEmail' },
    checks: ({ advisorEmail }) => {
      const value = advisorEmail.trim();
      if (!value) return { advisorEmail: t('form.required', { label: inSentence(label) }) };
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return { advisorEmail: t('form.invalidEmail') };
      return {};
    },
  });

  const add = useMutation({
    mutationFn: (email: string) =>
      call(api.POST('/api/v1/prb-programmes/{id}/advisors', { params: { path: { id: programme.id } }, body: { email } })),
    onSuccess: async () => {
      form.reset();
      flash(t('prb.programme.advisorAdded'));
      await queryClient.invalidateQueries({ queryKey: prbKeys.programme(programme.id) });
    },
  });

  return (
    <section className="wp-card">
      <h2 className="utrecht-heading-2">{t('prb.programme.advisors')}</h2>
      <p className="utrecht-paragraph">{t('prb.programme.advisorsIntro')}</p>
      {programme.advisors.length === 0 ? (
        <p className="utrecht-paragraph">{t('prb.programme.noAdvisors')}</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {programme.advisors.map((a) => (
            <li className="utrecht-unordered-list__item" key={a.userId}>
              {a.name} <span className="wp-muted">({a.organisationName})</span>
            </li>
          ))}
        </ul>
      )}
      {canAdd ? (
        <div className="wp-subsection">
          <h3 className="utrecht-heading-3">{t('prb.programme.addAdvisor')}</h3>
          <form className="wp-form" noValidate onSubmit={form.submit((values) => add.mutateAsync(values.advisorEmail.trim()))}>
            <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
            <FormTextField
              form={form}
              name="advisorEmail"
              type="email"
              description={t('prb.programme.advisorEmailHint')}
              autoComplete="off"
              width="md"
              required
            />
            <SubmitButton busy={add.isPending} appearance="secondary">
              {t('prb.programme.addAdvisor')}
            </SubmitButton>
          </form>
        </div>
      ) : null}
    </section>
  );
}

/** Aggregates everyone who may open the programme sees (the beleidsadviseur only these). */
function CountsCard({ programme }: { programme: PrbProgramme }) {
  const { t } = useI18n();
  const c = programme.counts;
  return (
    <section className="wp-section wp-card">
      <h2 className="utrecht-heading-2">{t('prb.programme.counts')}</h2>
      <DataList>
        <DataRow label={t('prb.programme.counts.admitted')}>{c.admitted}</DataRow>
        <DataRow label={t('prb.programme.counts.running')}>{c.running}</DataRow>
        <DataRow label={t('prb.programme.counts.closed')}>{c.closed}</DataRow>
        <DataRow label={t('prb.programme.counts.closedWithWork')}>{c.closedWithWork}</DataRow>
        <DataRow label={t('prb.programme.counts.droppedOut')}>{c.droppedOut}</DataRow>
        <DataRow label={t('prb.programme.counts.committed')}>{formatCents(c.committedCents)}</DataRow>
        <DataRow label={t('prb.programme.counts.paid')}>{formatCents(c.paidCents)}</DataRow>
      </DataList>
    </section>
  );
}

function ParticipantsSection({ programme, linkToParticipants }: { programme: PrbProgramme; linkToParticipants: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const caption = t('prb.programme.participantsCaption', { name: programme.name });
  const rows = programme.participants;
  return (
    <section className="wp-section">
      <h2 className="utrecht-heading-2">{t('prb.programme.participants')}</h2>
      {!programme.participantsVisible ? (
        <InfoAlert>
          <p className="utrecht-paragraph">{t('prb.programme.countsOnly')}</p>
        </InfoAlert>
      ) : rows.length === 0 ? (
        <p className="utrecht-paragraph">{t('prb.programme.noParticipants')}</p>
      ) : (
        <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={caption}>
          <table className="utrecht-table utrecht-table--html-table wp-table">
            <caption className="utrecht-table__caption wp-visually-hidden">{caption}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('prb.programme.col.name')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('prb.programme.col.advisor')}
                </th>
                <th scope="col" className="utrecht-table__header-cell wp-amount">
                  {t('prb.programme.col.budget')}
                </th>
                <th scope="col" className="utrecht-table__header-cell wp-amount">
                  {t('prb.programme.col.committed')}
                </th>
                <th scope="col" className="utrecht-table__header-cell wp-amount">
                  {t('prb.programme.col.paid')}
                </th>
                <th scope="col" className="utrecht-table__header-cell wp-amount">
                  {t('prb.programme.col.remaining')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('prb.programme.col.trajectory')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('prb.programme.col.proposal')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {rows.map((p) => (
                <tr className="utrecht-table__row" key={p.id}>
                  <th scope="row" className="utrecht-table__cell wp-table__row-header">
                    {linkToParticipants ? (
                      <Link to="/prb/deelnemers/$id" params={{ id: p.id }} className="utrecht-link">
                        {p.clientDisplayName}
                      </Link>
                    ) : (
                      p.clientDisplayName
                    )}
                  </th>
                  <td className="utrecht-table__cell">
                    {p.advisorName ?? <span className="wp-muted">{t('prb.programme.noAdvisor')}</span>}
                  </td>
                  <td className="utrecht-table__cell wp-amount">{formatCents(p.budgetCents)}</td>
                  <td className="utrecht-table__cell wp-amount">{formatCents(p.committedCents)}</td>
                  <td className="utrecht-table__cell wp-amount">{formatCents(p.paidCents)}</td>
                  <td className="utrecht-table__cell wp-amount">
                    <strong>{formatCents(p.remainingCents)}</strong>
                  </td>
                  <td className="utrecht-table__cell">{trajectoryStatusLabel(p.trajectoryStatus, p.outcome, i18n)}</td>
                  <td className="utrecht-table__cell">
                    {p.latestProposalStatus ? (
                      <ProposalStatusBadge status={p.latestProposalStatus} />
                    ) : (
                      <span className="wp-muted">{t('prb.programme.noProposal')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const SEARCH_SIZE = 10;

interface AdmitValues {
  clientId: string;
  admittedOn: string;
  advisorUserId: string;
  intakeNote: string;
}
const admitDefaults = (): AdmitValues => ({ clientId: '', admittedOn: todayInAmsterdam(), advisorUserId: '', intakeNote: '' });

/** Admit a client of the caseload (the caseload search API); a full cohort is refused by the server with its reason. */
function AdmitSection({ programme, full }: { programme: PrbProgramme; full: boolean }) {
  const { t, formatDate } = useI18n();
  const { flash } = useFlash();
  const queryClient = useQueryClient();
  const [term, setTerm] = useState('');
  const resultsRef = useRef<HTMLDivElement>(null);
  const searchLabel = t('prb.admit.search');
  const searchForm = useApiForm<{ admitSearch: string }>({
    defaultValues: { admitSearch: '' },
    labels: { admitSearch: searchLabel },
    checks: ({ admitSearch }) => (admitSearch.trim() ? {} : { admitSearch: t('form.required', { label: inSentence(searchLabel) }) }),
  });
  const labels: Record<keyof AdmitValues, string> = {
    clientId: t('prb.admit.client'),
    admittedOn: t('prb.admit.admittedOn'),
    advisorUserId: t('prb.admit.advisor'),
    intakeNote: t('prb.admit.intakeNote'),
  };
  const form = useApiForm<AdmitValues>({
    defaultValues: admitDefaults(),
    labels,
    checks: (values) => {
      const next: FieldErrors = {};
      if (!values.clientId) next.clientId = t('prb.admit.chooseClient');
      if (!values.admittedOn) next.admittedOn = t('form.required', { label: inSentence(labels.admittedOn) });
      else if (!isIsoDate(values.admittedOn)) next.admittedOn = t('form.invalidDate');
      return next;
    },
  });

  const results = useQuery({
    queryKey: ['clients', 'list', { q: term, pageSize: SEARCH_SIZE, page: 1 }],
    queryFn: () => call(api.GET('/api/v1/clients', { params: { query: { q: term, pageSize: SEARCH_SIZE, page: 1 } } })),
    enabled: term !== '',
    placeholderData: keepPreviousData,
  });
  const admittedIds = new Set(programme.participants.map((p) => p.clientId));
  const candidates = (results.data?.items ?? []).filter((c) => !admittedIds.has(c.id));

  const search = ({ admitSearch }: { admitSearch: string }) => {
    form.setValue('clientId', '');
    setTerm(admitSearch.trim());
    requestAnimationFrame(() => resultsRef.current?.focus());
  };

  const admit = useMutation({
    mutationFn: (values: AdmitValues) =>
      call(
        api.POST('/api/v1/prb-programmes/{id}/participants', {
          params: { path: { id: programme.id } },
          body: {
            clientId: values.clientId,
            admittedOn: values.admittedOn,
            ...(values.advisorUserId ? { advisorUserId: values.advisorUserId } : {}),
            ...(values.intakeNote.trim() ? { intakeNote: values.intakeNote.trim() } : {}),
          },
        }),
      ),
    onSuccess: async (participant) => {
      flash(t('prb.admit.admitted', { name: participant.clientDisplayName }));
      form.reset(admitDefaults());
      setTerm('');
      searchForm.reset();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: prbKeys.programme(programme.id) }),
        queryClient.invalidateQueries({ queryKey: prbKeys.programmes }),
      ]);
    },
  });

  return (
    <section className="wp-section wp-card">
      <h2 className="utrecht-heading-2">{t('prb.admit.title')}</h2>
      <p className="utrecht-paragraph">{t('prb.admit.intro')}</p>
      {full ? (
        <InfoAlert>
          <p className="utrecht-paragraph">{t('prb.programme.full')}</p>
        </InfoAlert>
      ) : null}
      <form className="wp-form wp-form--inline" noValidate onSubmit={searchForm.submit(search)} role="search">
        <FormErrors form={searchForm} />
        <FormTextField
          form={searchForm}
          name="admitSearch"
          type="search"
          description={t('prb.admit.searchHint')}
          autoComplete="off"
          width="md"
        />
        <SubmitButton busy={results.isFetching} busyLabel={t('app.loading')} appearance="secondary">
          {t('prb.admit.searchSubmit')}
        </SubmitButton>
      </form>

      <div ref={resultsRef} tabIndex={-1} className="wp-focus-target">
        {term && results.isPending ? <Loading /> : null}
        {results.isError ? <ProblemAlert error={results.error} /> : null}
        {term && results.isSuccess && candidates.length === 0 ? (
          <p className="utrecht-paragraph" role="status">
            {t('prb.admit.noResults')}
          </p>
        ) : null}
        {term && candidates.length > 0 ? (
          <form className="wp-form" noValidate onSubmit={form.submit((values) => admit.mutateAsync(values))}>
            <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
            <FormRadioGroup<AdmitValues, string>
              form={form}
              name="clientId"
              legend={t('prb.admit.results')}
              options={candidates.map((c) => ({
                value: c.id,
                label: t('prb.admit.clientOption', { name: c.displayName, dateOfBirth: formatDate(c.dateOfBirth), city: c.city }),
              }))}
              description={results.data && results.data.total > results.data.items.length ? t('prb.admit.moreResults') : undefined}
            />
            <FormTextField form={form} name="admittedOn" type="date" width="sm" required />
            {programme.advisors.length > 0 ? (
              <FormSelectField
                form={form}
                name="advisorUserId"
                options={programme.advisors.map((a) => ({ value: a.userId, label: `${a.name} (${a.organisationName})` }))}
                placeholder={t('prb.admit.noAdvisor')}
                optional
              />
            ) : null}
            <FormTextareaField form={form} name="intakeNote" rows={3} optional />
            <SubmitButton busy={admit.isPending}>{t('prb.admit.submit')}</SubmitButton>
          </form>
        ) : null}
      </div>
    </section>
  );
}
