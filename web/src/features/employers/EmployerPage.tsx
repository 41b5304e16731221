import { Button } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams, useRouteContext } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { api, call, type Employer, isApiError } from '../../api/index.ts';
import { mayCall } from '../../app/auth.tsx';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { DataList, DataRow, InfoAlert, Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert, detailOrMessage, ErrorAlert } from '../../ui/ProblemAlert.tsx';
import { vacancyListQuery } from '../vacancies/queries.ts';
import { dateOf } from '../../ui/dates.ts';
import { sizeClassLabel } from './labels.ts';
import { VacancyTable } from '../vacancies/VacancyTable.tsx';
import { AgreementsSection } from './AgreementsSection.tsx';
import { ContactMomentsSection } from './ContactMomentsSection.tsx';
import { ContactsSection } from './ContactsSection.tsx';
import { employerKeys, employerQuery } from './queries.ts';

export function EmployerPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { id } = useParams({ from: '/auth/werkgevers/$id/' });
  const { user } = useRouteContext({ from: '/auth/werkgevers/$id/' });
  const { data: employer } = useSuspenseQuery(employerQuery(id));
  const manage = mayCall(user, 'updateEmployer');

  return (
    <>
      <PageHeader
        preHeading={t('employer.preHeading')}
        title={employer.name}
        actions={
          mayCall(user, 'createVacancy') ? (
            <Link
              to="/werkgevers/$id/vacatures/nieuw"
              params={{ id: employer.id }}
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            >
              {t('employer.addVacancy')}
            </Link>
          ) : null
        }
      />
      <p className="utrecht-paragraph">
        <Link to="/werkgevers" className="utrecht-link">
          {t('employer.backToList')}
        </Link>
      </p>

      <div className="wp-card-grid">
        <section className="wp-card">
          <h2 className="utrecht-heading-2">{t('employer.company')}</h2>
          <DataList>
            <DataRow label={t('employer.kvkNumber')}>
              <span className="wp-mono">{employer.kvkNumber}</span>
            </DataRow>
            <DataRow label={t('employer.sbiCode')}>
              <span className="wp-mono">{employer.sbiCode}</span>
            </DataRow>
            <DataRow label={t('employer.sizeClass')}>{sizeClassLabel(employer.sizeClass, i18n)}</DataRow>
            <DataRow label={t('employer.address')}>
              {employer.address.street} {employer.address.houseNumber}
              <br />
              {employer.address.postcode} {employer.address.city}
            </DataRow>
          </DataList>
        </section>
        <LeadCard
          employer={employer}
          userId={user.id}
          canClaim={mayCall(user, 'claimEmployerLead')}
          // The lead themself, or a functioneel beheerder of the lead's organisation.
          canRelease={Boolean(
            employer.lead &&
            mayCall(user, 'releaseEmployerLead') &&
            (employer.lead.userId === user.id ||
              (user.roles.includes('functioneel_beheerder') && employer.lead.organisationId === user.organisation.id)),
          )}
        />
      </div>

      <ContactsSection employer={employer} editable={manage} />
      <ContactMomentsSection employerId={employer.id} editable={manage} />
      <AgreementsSection employer={employer} editable={manage} />
      {mayCall(user, 'listVacancies') ? <EmployerVacancies employerId={employer.id} /> : null}
    </>
  );
}

function LeadCard({
  employer,
  userId,
  canClaim,
  canRelease,
}: {
  employer: Employer;
  userId: string;
  canClaim: boolean;
  canRelease: boolean;
}) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [confirmRelease, setConfirmRelease] = useState(false);
  const lead = employer.lead;
  const mine = lead?.userId === userId;

  const refresh = (updated?: Employer) => {
    if (updated) queryClient.setQueryData(employerKeys.detail(employer.id), updated);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: employerKeys.detail(employer.id) }),
      queryClient.invalidateQueries({ queryKey: ['employers', 'list'] }),
    ]);
  };

  const claim = useMutation({
    mutationFn: () => call(api.POST('/api/v1/employers/{id}/lead', { params: { path: { id: employer.id } } })),
    onSuccess: async (updated) => {
      flash(t('employer.leadClaimed', { name: employer.name }));
      await refresh(updated);
      headingRef.current?.focus();
    },
    // Someone else may have become lead in the meantime: show who.
    onError: () => void refresh(),
  });
  const release = useMutation({
    mutationFn: () => call(api.DELETE('/api/v1/employers/{id}/lead', { params: { path: { id: employer.id } } })),
    onSuccess: async (updated) => {
      setConfirmRelease(false);
      flash(t('employer.leadReleased'));
      await refresh(updated ?? undefined);
      headingRef.current?.focus();
    },
  });

  const claimError = claim.isError ? (
    isApiError(claim.error) && claim.error.status === 409 ? (
      <ErrorAlert>{claim.error.problem.detail ?? `${t('employer.leadTakenGeneric')} ${t('employer.leadTakenAdvice')}`}</ErrorAlert>
    ) : (
      <ProblemAlert error={claim.error} />
    )
  ) : null;

  return (
    <section className="wp-card">
      <h2 className="utrecht-heading-2 wp-focus-target" ref={headingRef} tabIndex={-1}>
        {t('employer.lead')}
      </h2>
      {claimError}
      {lead ? (
        <>
          <DataList>
            <DataRow label={t('employer.leadName')}>
              {lead.userName}
              {mine ? <span className="wp-muted"> {t('employer.leadYou')}</span> : null}
            </DataRow>
            <DataRow label={t('employer.leadOrganisation')}>{lead.organisationName}</DataRow>
            <DataRow label={t('employer.leadSince')}>{formatDate(dateOf(lead.since))}</DataRow>
          </DataList>
          {mine ? (
            <p className="utrecht-paragraph">{t('employer.leadIsYou')}</p>
          ) : (
            <InfoAlert>
              <p className="utrecht-paragraph">{t('employer.leadIsOther', { name: lead.userName, organisation: lead.organisationName })}</p>
            </InfoAlert>
          )}
          {canRelease ? (
            <p className="utrecht-paragraph">
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  release.reset();
                  setConfirmRelease(true);
                }}
              >
                {t('employer.releaseLead')}
              </Button>
            </p>
          ) : null}
        </>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('employer.noLeadYet')}</p>
          {canClaim ? (
            <p className="utrecht-paragraph">
              <Button
                appearance="primary-action-button"
                busy={claim.isPending}
                aria-disabled={claim.isPending || undefined}
                onClick={() => {
                  if (!claim.isPending) claim.mutate();
                }}
              >
                {t('employer.claimLead')}
              </Button>
            </p>
          ) : null}
        </>
      )}
      <ConfirmDialog
        open={confirmRelease}
        title={t('employer.releaseLead')}
        message={t('employer.releaseConfirm', { name: employer.name })}
        confirmLabel={t('employer.releaseConfirmSubmit')}
        busy={release.isPending}
        error={release.isError ? <ErrorAlert>{detailOrMessage(release.error, i18n)}</ErrorAlert> : null}
        onConfirm={() => {
          if (!release.isPending) release.mutate();
        }}
        onCancel={() => setConfirmRelease(false)}
      />
    </section>
  );
}

function EmployerVacancies({ employerId }: { employerId: string }) {
  const { t } = useI18n();
  const list = useQuery(vacancyListQuery({ employerId, pageSize: 100 }));
  return (
    <section className="wp-section wp-card">
      <h2 className="utrecht-heading-2">{t('employer.vacancies')}</h2>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ProblemAlert error={list.error} /> : null}
      {list.data && list.data.items.length === 0 ? <p className="utrecht-paragraph">{t('employer.noVacancies')}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <VacancyTable items={list.data.items} caption={t('employer.vacanciesCaption')} showEmployer={false} />
      ) : null}
    </section>
  );
}
