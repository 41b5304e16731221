import { Button } from '@utrecht/component-library-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams, useRouteContext } from '@tanstack/react-router';
import { useState } from 'react';
import { maskBsn } from '../../../../src/kernel/bsn.ts';
import { ageOn, todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { mayCall } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { benefitLabel, educationLabel, genderLabel, targetGroupLabel } from '../../app/labels.ts';
import { DataList, DataRow, InfoAlert } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ConsentsSection } from '../consents/ConsentsSection.tsx';
import { ClientAppointments } from '../agenda/index.tsx';
import { ClientTimeline } from '../notes/index.ts';
import { ClientWorkfirst } from '../workfirst/index.tsx';
import { LadderSummary } from '../ladder/LadderSummary.tsx';
import { ClientVacanciesSection } from '../matching/ClientVacanciesSection.tsx';
import { WantedOccupationsText } from '../matching/WantedOccupationsText.tsx';
import { PolisSection } from '../polis/PolisSection.tsx';
import { TrajectoriesSection } from '../trajectories/TrajectoriesSection.tsx';
import { clientQuery } from './queries.ts';

export function ClientFilePage() {
  const i18n = useI18n();
  const { t, formatDate, formatDateTime } = i18n;
  const { id } = useParams({ from: '/auth/clienten/$id/' });
  const { user } = useRouteContext({ from: '/auth/clienten/$id/' });
  const { data: client } = useSuspenseQuery(clientQuery(id));
  const [showBsn, setShowBsn] = useState(false);

  // Changes are the owning organisation's (client-write); a partner with consent reads a shared file.
  const editable = mayCall(user, 'updateClient') && !client.shared;
  const hasHealthField = 'healthLimitations' in client;
  const none = <span className="wp-muted">{t('app.none')}</span>;

  return (
    <>
      <PageHeader
        preHeading={t('client.preHeading')}
        title={client.displayName}
        // The browser history must not collect client names.
        documentTitle={t('client.preHeading')}
        actions={
          editable ? (
            <Link
              to="/clienten/$id/bewerken"
              params={{ id: client.id }}
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            >
              {t('client.editLink')}
            </Link>
          ) : null
        }
      />

      {client.shared ? <InfoAlert>{t('client.readOnly', { organisation: client.organisationName })}</InfoAlert> : null}

      <div className="wp-card-grid">
        <section className="wp-card">
          <h2 className="utrecht-heading-2">{t('client.personal')}</h2>
          <DataList>
            <DataRow label={t('client.bsn')}>
              <span className="wp-mono">{showBsn ? client.bsn : maskBsn(client.bsn)}</span>{' '}
              <Button appearance="subtle-button" className="wp-inline-button" aria-pressed={showBsn} onClick={() => setShowBsn((s) => !s)}>
                {t('client.showBsn')}
              </Button>
            </DataRow>
            <DataRow label={t('client.firstName')}>{client.firstName}</DataRow>
            {client.surnamePrefix ? <DataRow label={t('client.surnamePrefix')}>{client.surnamePrefix}</DataRow> : null}
            <DataRow label={t('client.surname')}>{client.surname}</DataRow>
            <DataRow label={t('client.dateOfBirth')}>
              {formatDate(client.dateOfBirth)}{' '}
              <span className="wp-muted">({t('client.age', { age: ageOn(client.dateOfBirth, todayInAmsterdam()) })})</span>
            </DataRow>
            <DataRow label={t('client.gender')}>{genderLabel(client.gender, i18n)}</DataRow>
            <DataRow label={t('client.organisation')}>{client.organisationName}</DataRow>
            <DataRow label={t('client.caseManager')}>{client.caseManager?.name ?? none}</DataRow>
          </DataList>
        </section>

        <section className="wp-card">
          <h2 className="utrecht-heading-2">{t('client.address')}</h2>
          <p className="utrecht-paragraph wp-address">
            {client.address.street} {client.address.houseNumber}
            {client.address.houseNumberAddition ? ` ${client.address.houseNumberAddition}` : ''}
            <br />
            {client.address.postcode} {client.address.city}
          </p>
          <h3 className="utrecht-heading-3">{t('client.contact')}</h3>
          <DataList>
            <DataRow label={t('client.email')}>{client.email ?? none}</DataRow>
            <DataRow label={t('client.phone')}>{client.phone ?? none}</DataRow>
          </DataList>
        </section>

        <section className="wp-card">
          <h2 className="utrecht-heading-2">{t('client.work')}</h2>
          <DataList>
            <DataRow label={t('client.educationLevel')}>{educationLabel(client.educationLevel, i18n)}</DataRow>
            <DataRow label={t('client.benefitType')}>{benefitLabel(client.benefitType, i18n)}</DataRow>
            <DataRow label={t('client.hoursAvailable')}>{t('client.hours', { hours: client.hoursAvailable })}</DataRow>
            <DataRow label={t('client.drivingLicence')}>{client.drivingLicence ? t('app.yes') : t('app.no')}</DataRow>
            <DataRow label={t('client.maxTravelKm')}>{t('client.km', { km: client.maxTravelKm })}</DataRow>
            <DataRow label={t('client.languages')}>{client.languages.length ? client.languages.join(', ') : none}</DataRow>
            <DataRow label={t('client.targetGroups')}>
              {client.targetGroups.length ? client.targetGroups.map((g) => targetGroupLabel(g, i18n)).join(', ') : none}
            </DataRow>
            <DataRow label={t('client.wantedOccupations')}>
              <WantedOccupationsText uris={client.wantedOccupationUris ?? []} />
            </DataRow>
            <DataRow label={t('client.skills')}>{client.skills?.length ? client.skills.join(', ') : none}</DataRow>
            <DataRow label={t('client.availableFrom')}>
              {client.availableFrom ? formatDate(client.availableFrom) : t('client.availableNow')}
            </DataRow>
          </DataList>
        </section>

        {hasHealthField ? (
          <section className="wp-card">
            <h2 className="utrecht-heading-2">{t('client.health')}</h2>
            <DataList>
              <DataRow label={t('client.healthLimitations')}>
                {client.healthLimitations ? (
                  <span className="wp-preserve">{client.healthLimitations}</span>
                ) : (
                  <span className="wp-muted">{t('client.healthNone')}</span>
                )}
              </DataRow>
            </DataList>
          </section>
        ) : null}
      </div>

      <LadderSummary client={client} editable={editable} />
      <TrajectoriesSection clientId={client.id} editable={editable} />
      <PolisSection clientId={client.id} editable={editable} />
      <ConsentsSection clientId={client.id} clientOrganisationId={client.organisationId} editable={editable} />
      <ClientVacanciesSection clientId={client.id} linkToVacancy={mayCall(user, 'getVacancy')} />
      <ClientAppointments user={user} client={client} />
      <ClientWorkfirst user={user} client={client} />
      <ClientTimeline user={user} clientId={client.id} />

      <p className="utrecht-paragraph wp-muted wp-small">
        {t('client.updatedAt')}: {formatDateTime(client.updatedAt)}
      </p>
    </>
  );
}
