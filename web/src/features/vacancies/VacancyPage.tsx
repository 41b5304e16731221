import { Button } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams, useRouteContext } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, call, CLOSE_REASONS, type CloseReason } from '../../api/index.ts';
import { mayCall } from '../../app/auth.tsx';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { educationLabel } from '../../app/labels.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { Badge, DataList, DataRow } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { CandidatesSection } from '../matching/CandidatesSection.tsx';
import { ProposalsSection } from '../placements/ProposalsSection.tsx';
import { proposalsQuery, vacancyKeys, vacancyQuery } from './queries.ts';
import { ActionError } from '../../ui/ProblemAlert.tsx';
import { closeReasonLabel, formatWage, vacancyStatusLabel, visibilityLabel } from './labels.ts';
import { dateOf } from '../../ui/dates.ts';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import { Tags } from '../../ui/tags.tsx';

export function VacancyPage() {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const { id } = useParams({ from: '/auth/vacatures-beheer/$id' });
  const { user } = useRouteContext({ from: '/auth/vacatures-beheer/$id' });
  const { data: vacancy } = useSuspenseQuery(vacancyQuery(id));
  const proposals = useQuery({ ...proposalsQuery(id), retry: false });
  const [closing, setClosing] = useState(false);

  const owner = vacancy.own;
  const proposed = new Set((proposals.data ?? []).map((p) => p.clientId));
  const none = <span className="wp-muted">{t('vacancy.noRequirement')}</span>;
  const wage = formatWage(vacancy.wageMinCents, vacancy.wageMaxCents, i18n);

  return (
    <>
      <PageHeader
        preHeading={vacancy.employerName ?? t('vacancy.preHeading')}
        title={vacancy.title}
        actions={
          owner && vacancy.status === 'open' ? (
            <Button appearance="secondary-action-button" onClick={() => setClosing(true)}>
              {t('vacancy.close')}
            </Button>
          ) : null
        }
      />
      <p className="utrecht-paragraph">
        <Link to="/vacatures-beheer" className="utrecht-link">
          {t('vacancy.backToList')}
        </Link>
        {mayCall(user, 'getEmployer') ? (
          <>
            {' · '}
            <Link to="/werkgevers/$id" params={{ id: vacancy.employerId }} className="utrecht-link">
              {t('vacancy.toEmployer')}
            </Link>
          </>
        ) : null}
      </p>

      <div className="wp-card-grid">
        <section className="wp-card">
          <h2 className="utrecht-heading-2">{t('vacancy.details')}</h2>
          <DataList>
            <DataRow label={t('vacancy.status')}>
              <Badge tone={vacancy.status === 'open' ? 'ok' : 'neutral'}>{vacancyStatusLabel(vacancy.status, i18n)}</Badge>
            </DataRow>
            <DataRow label={t('vacancy.occupation')}>
              {vacancy.occupationLabel ?? vacancy.occupationUri}{' '}
              <span className="wp-muted">({t('occupation.isco', { code: vacancy.iscoCode })})</span>
            </DataRow>
            <DataRow label={t('vacancy.hours')}>{t('vacancy.hoursValue', { hours: vacancy.hoursPerWeek })}</DataRow>
            <DataRow label={t('vacancy.positions')}>{vacancy.positions}</DataRow>
            <DataRow label={t('vacancy.location')}>{vacancy.city ? `${vacancy.postcode} ${vacancy.city}` : vacancy.postcode}</DataRow>
            <DataRow label={t('vacancy.startDate')}>
              {vacancy.startDate ? formatDate(vacancy.startDate) : <span className="wp-muted">{t('vacancy.startNow')}</span>}
            </DataRow>
            <DataRow label={t('vacancy.wage')}>{wage || <span className="wp-muted">{t('app.unknown')}</span>}</DataRow>
            <DataRow label={t('vacancy.visibility')}>{visibilityLabel(vacancy.visibility, i18n)}</DataRow>
            <DataRow label={t('vacancy.openedAt')}>{formatDate(dateOf(vacancy.openedAt))}</DataRow>
            {vacancy.filledAt ? <DataRow label={t('vacancy.filledAt')}>{formatDate(dateOf(vacancy.filledAt))}</DataRow> : null}
            <DataRow label={t('vacancy.organisation')}>{vacancy.organisationName}</DataRow>
          </DataList>
        </section>
        <section className="wp-card">
          <h2 className="utrecht-heading-2">{t('vacancy.requirements')}</h2>
          <DataList>
            <DataRow label={t('vacancy.education')}>{vacancy.educationLevel ? educationLabel(vacancy.educationLevel, i18n) : none}</DataRow>
            <DataRow label={t('vacancy.drivingLicence')}>{vacancy.drivingLicenceRequired ? t('app.yes') : t('app.no')}</DataRow>
            <DataRow label={t('vacancy.skills')}>
              {vacancy.skills.length ? <Tags tags={vacancy.skills} label={t('vacancy.skills')} /> : none}
            </DataRow>
          </DataList>
          {vacancy.description ? (
            <>
              <h3 className="utrecht-heading-3">{t('vacancy.description')}</h3>
              <p className="utrecht-paragraph wp-preserve">{vacancy.description}</p>
            </>
          ) : null}
        </section>
      </div>

      {mayCall(user, 'listVacancyCandidates') ? (
        <CandidatesSection
          vacancy={vacancy}
          proposed={proposed}
          canPropose={mayCall(user, 'proposeCandidate')}
          linkToClient={mayCall(user, 'getClient')}
        />
      ) : null}
      <ProposalsSection
        vacancy={vacancy}
        permissions={{
          update: mayCall(user, 'updateProposal'),
          consent: mayCall(user, 'recordIntroductionConsent'),
          checks: mayCall(user, 'recordPlacementCheck'),
        }}
        linkToClient={mayCall(user, 'getClient')}
      />

      <Dialog open={closing} title={t('vacancy.closeTitle')} onClose={() => setClosing(false)}>
        {closing ? <CloseVacancyForm vacancyId={vacancy.id} onDone={() => setClosing(false)} /> : null}
      </Dialog>
    </>
  );
}

function CloseVacancyForm({ vacancyId, onDone }: { vacancyId: string; onDone: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const [reason, setReason] = useState<CloseReason | ''>('');
  const [error, setError] = useState<string | undefined>();

  const close = useMutation({
    mutationFn: () =>
      call(api.POST('/api/v1/vacancies/{id}/close', { params: { path: { id: vacancyId } }, body: { reason: reason as CloseReason } })),
    onSuccess: async (vacancy) => {
      queryClient.setQueryData(vacancyKeys.detail(vacancyId), vacancy);
      flash(t('vacancy.closed'));
      onDone();
      await queryClient.invalidateQueries({ queryKey: ['vacancies'] });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (close.isPending) return;
    if (!reason) {
      setError(t('form.requiredChoice', { label: t('vacancy.closeReason').toLowerCase() }));
      return;
    }
    setError(undefined);
    close.mutate();
  };

  return (
    <form className="wp-form" noValidate onSubmit={submit}>
      {close.isError ? <ActionError error={close.error} /> : null}
      <RadioGroup<CloseReason>
        name="reason"
        legend={t('vacancy.closeReason')}
        options={CLOSE_REASONS.map((r) => ({ value: r, label: closeReasonLabel(r, i18n) }))}
        value={reason}
        onChange={setReason}
        error={error}
      />
      <div className="wp-form-actions">
        <SubmitButton busy={close.isPending}>{t('vacancy.closeSubmit')}</SubmitButton>
        <Button appearance="secondary-action-button" onClick={onDone}>
          {t('app.cancel')}
        </Button>
      </div>
    </form>
  );
}
