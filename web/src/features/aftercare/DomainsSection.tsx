import { useMutation } from '@tanstack/react-query';
import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { isIsoDate } from '../../../../src/kernel/dates.ts';
import { api, call } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { inSentence } from '../../ui/checks.ts';
import { FormErrors, FormSelectField, FormTextareaField, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { Badge, DataList, DataRow } from '../../ui/misc.tsx';
import { ActionError } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { addMonths } from '../../ui/dates.ts';
import { useNoticeUpdate, type Notice } from './queries.ts';
import { DOMAIN_STATUSES, LIFE_DOMAINS, type DomainStatus, type LifeDomain } from './noticeForm.ts';

type Domain = Notice['domains'][number];

const statusTone = (s: DomainStatus) => (s === 'arranged' || s === 'not_needed' ? 'ok' : s === 'problem' ? 'warn' : 'neutral');

/** The six life domains as cards, each with its own form to update. */
export function DomainsSection({ notice, mayEdit }: { notice: Notice; mayEdit: boolean }) {
  const { t } = useI18n();
  const byDomain = new Map(notice.domains.map((d) => [d.domain, d]));
  return (
    <section className="wp-section" aria-labelledby="notice-domains">
      <h2 className="utrecht-heading-2" id="notice-domains">
        {t('aftercare.domains.title')}
      </h2>
      <p className="utrecht-paragraph">{t('aftercare.domains.intro')}</p>
      <div className="wp-aftercare-domains">
        {LIFE_DOMAINS.map((d) => (
          <DomainCard key={d} noticeId={notice.id} domain={d} current={byDomain.get(d)} mayEdit={mayEdit} />
        ))}
      </div>
    </section>
  );
}

function DomainCard({
  noticeId,
  domain,
  current,
  mayEdit,
}: {
  noticeId: string;
  domain: LifeDomain;
  current: Domain | undefined;
  mayEdit: boolean;
}) {
  const { t, formatDate, formatDateTime } = useI18n();
  const [editing, setEditing] = useState(false);
  const name = t(`aftercare.domain.${domain}` as MessageKey);
  const headingId = `domain-${domain}`;
  const status: DomainStatus = current?.status ?? 'in_progress';
  return (
    <section className="wp-card" aria-labelledby={headingId} data-domain={domain}>
      <h3 className="utrecht-heading-3" id={headingId}>
        {name} <Badge tone={statusTone(status)}>{t(`aftercare.status.${status}` as MessageKey)}</Badge>
      </h3>
      <DataList>
        <DataRow label={t('aftercare.domains.owner')}>
          {current?.owner ?? <span className="wp-muted">{t('aftercare.domains.noOwner')}</span>}
        </DataRow>
        <DataRow label={t('aftercare.domains.plannedOn')}>{current?.plannedOn ? formatDate(current.plannedOn) : t('app.none')}</DataRow>
        {current?.notes ? (
          <DataRow label={t('aftercare.domains.notes')}>
            <span className="wp-preserve">{current.notes}</span>
          </DataRow>
        ) : null}
      </DataList>
      {current ? (
        <p className="utrecht-paragraph wp-muted wp-small">{t('aftercare.domains.updated', { date: formatDateTime(current.updatedAt) })}</p>
      ) : null}
      {mayEdit && !editing ? (
        <Button appearance="secondary-action-button" onClick={() => setEditing(true)}>
          {t('aftercare.domains.edit', { domain: name })}
        </Button>
      ) : null}
      {mayEdit && editing ? <DomainForm noticeId={noticeId} domain={domain} current={current} onDone={() => setEditing(false)} /> : null}
    </section>
  );
}

interface DomainValues {
  status: string;
  owner: string;
  notes: string;
  plannedOn: string;
}

function DomainForm({
  noticeId,
  domain,
  current,
  onDone,
}: {
  noticeId: string;
  domain: LifeDomain;
  current: Domain | undefined;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { flash } = useFlash();
  const update = useNoticeUpdate();
  const name = t(`aftercare.domain.${domain}` as MessageKey);
  const labels = {
    status: t('aftercare.domains.status'),
    owner: t('aftercare.domains.owner'),
    plannedOn: t('aftercare.domains.plannedOn'),
    notes: t('aftercare.domains.notes'),
  };
  const form = useApiForm<DomainValues>({
    idPrefix: `domain-${domain}-`,
    defaultValues: {
      status: current?.status ?? 'in_progress',
      owner: current?.owner ?? '',
      notes: current?.notes ?? '',
      plannedOn: current?.plannedOn ?? '',
    },
    labels,
    checks: (v) => {
      const next: FieldErrors = {};
      if (!v.status) next.status = t('form.requiredChoice', { label: inSentence(labels.status) });
      if (v.owner.trim().length > 200) next.owner = t('form.tooLong', { label: labels.owner, max: 200 });
      if (v.plannedOn && !isIsoDate(v.plannedOn)) next.plannedOn = t('form.invalidDate');
      if (v.notes.trim().length > 4000) next.notes = t('form.tooLong', { label: labels.notes, max: 4000 });
      return next;
    },
  });
  const save = useMutation({
    mutationFn: (v: DomainValues) =>
      call(
        api.PUT('/api/v1/aftercare/notices/{id}/domains/{domain}', {
          params: { path: { id: noticeId, domain } },
          body: {
            status: v.status as DomainStatus,
            owner: v.owner.trim() || null,
            notes: v.notes.trim() || null,
            plannedOn: v.plannedOn || null,
          },
        }),
      ),
    onSuccess: async (notice) => {
      flash(t('aftercare.domains.saved', { domain: name.toLowerCase() }));
      await update(notice);
      onDone();
    },
  });
  return (
    <form
      className="wp-form"
      noValidate
      aria-label={t('aftercare.domains.edit', { domain: name })}
      onSubmit={form.submit((v) => save.mutateAsync(v))}
    >
      <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
      <FormSelectField
        form={form}
        name="status"
        options={DOMAIN_STATUSES.map((s) => ({ value: s, label: t(`aftercare.status.${s}` as MessageKey) }))}
        required
      />
      <FormTextField form={form} name="owner" autoComplete="off" optional />
      <FormTextField form={form} name="plannedOn" type="date" optional />
      <FormTextareaField form={form} name="notes" rows={3} maxLength={4000} optional />
      <div className="wp-button-row">
        <SubmitButton busy={save.isPending}>{t('aftercare.domains.submit')}</SubmitButton>
        <Button appearance="subtle-button" onClick={onDone}>
          {t('app.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The actual release day; the server keeps the state of the domains on that day. */
export function ReleaseSection({ notice }: { notice: Notice }) {
  const { t } = useI18n();
  const { flash } = useFlash();
  const update = useNoticeUpdate();
  const labels = { releasedOn: t('aftercare.detention.releasedOn') };
  const form = useApiForm<{ releasedOn: string }>({
    idPrefix: 'release-',
    defaultValues: { releasedOn: notice.expectedReleaseOn },
    labels,
    checks: ({ releasedOn }) => {
      if (!releasedOn) return { releasedOn: t('form.required', { label: inSentence(labels.releasedOn) }) };
      if (!isIsoDate(releasedOn)) return { releasedOn: t('form.invalidDate') };
      if (notice.detentionStartedOn && releasedOn < notice.detentionStartedOn)
        return { releasedOn: t('aftercare.detention.releaseBeforeStart') };
      return {};
    },
  });
  const save = useMutation({
    mutationFn: ({ releasedOn }: { releasedOn: string }) =>
      call(api.POST('/api/v1/aftercare/notices/{id}/release', { params: { path: { id: notice.id } }, body: { releasedOn } })),
    onSuccess: async (n) => {
      flash(t('aftercare.release.saved'));
      await update(n);
    },
  });
  return (
    <section className="wp-section" aria-labelledby="notice-release">
      <h2 className="utrecht-heading-2" id="notice-release">
        {t('aftercare.release.title')}
      </h2>
      <p className="utrecht-paragraph">{t('aftercare.release.intro')}</p>
      <form className="wp-form" noValidate aria-labelledby="notice-release" onSubmit={form.submit((v) => save.mutateAsync(v))}>
        <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
        <FormTextField form={form} name="releasedOn" type="date" required />
        <SubmitButton busy={save.isPending}>{t('aftercare.release.submit')}</SubmitButton>
      </form>
    </section>
  );
}

const MOMENTS = ['notice', 'release', 'month3', 'month6'] as const;

/** The state of the domains per moment, and the coordinator's buttons for the 3- and 6-month snapshots when due. */
export function AssessmentsSection({ notice, mayRecord, today }: { notice: Notice; mayRecord: boolean; today: string }) {
  const { t, formatDate } = useI18n();
  const { flash } = useFlash();
  const update = useNoticeUpdate();
  const byMoment = new Map(notice.assessments.map((a) => [a.moment, a]));
  const record = useMutation({
    mutationFn: (moment: 'month3' | 'month6') =>
      call(api.POST('/api/v1/aftercare/notices/{id}/assessments', { params: { path: { id: notice.id } }, body: { moment } })),
    onSuccess: async (n, moment) => {
      flash(t('aftercare.assessments.saved', { moment: t(`aftercare.moment.${moment}`).toLowerCase() }));
      await update(n);
    },
  });
  const due = (['month3', 'month6'] as const).map((m) => ({
    moment: m,
    from: notice.releasedOn ? addMonths(notice.releasedOn, m === 'month3' ? 3 : 6) : null,
  }));
  const caption = t('aftercare.assessments.caption');
  return (
    <section className="wp-section" aria-labelledby="notice-assessments">
      <h2 className="utrecht-heading-2" id="notice-assessments">
        {t('aftercare.assessments.title')}
      </h2>
      <p className="utrecht-paragraph">{t('aftercare.assessments.intro')}</p>
      <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="utrecht-table utrecht-table--html-table wp-table">
          <caption className="utrecht-table__caption wp-visually-hidden">{caption}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('aftercare.assessments.domain')}
              </th>
              {MOMENTS.map((m) => (
                <th scope="col" className="utrecht-table__header-cell" key={m}>
                  {t(`aftercare.moment.${m}`)}
                  {byMoment.get(m) ? <span className="wp-muted wp-small"> ({formatDate(byMoment.get(m)!.recordedOn)})</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {LIFE_DOMAINS.map((d) => (
              <tr className="utrecht-table__row" key={d}>
                <th scope="row" className="utrecht-table__cell wp-table__row-header">
                  {t(`aftercare.domain.${d}` as MessageKey)}
                </th>
                {MOMENTS.map((m) => {
                  const s = byMoment.get(m)?.domains.find((x) => x.domain === d)?.status;
                  return (
                    <td className="utrecht-table__cell" key={m}>
                      {s ? t(`aftercare.status.${s}` as MessageKey) : <span className="wp-muted">{t('aftercare.assessments.notYet')}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {record.error ? <ActionError error={record.error} /> : null}
      {mayRecord && notice.releasedOn ? (
        <div className="wp-button-row">
          {due
            .filter((d) => !byMoment.has(d.moment))
            .map((d) =>
              d.from && today >= d.from ? (
                <Button
                  key={d.moment}
                  appearance="secondary-action-button"
                  busy={record.isPending && record.variables === d.moment}
                  onClick={() => record.mutate(d.moment)}
                >
                  {t('aftercare.assessments.record', { moment: t(`aftercare.moment.${d.moment}`).toLowerCase() })}
                </Button>
              ) : d.from ? (
                <p className="utrecht-paragraph wp-muted" key={d.moment}>
                  {t(`aftercare.moment.${d.moment}`)}: {t('aftercare.assessments.recordDue', { date: formatDate(d.from) })}
                </p>
              ) : null,
            )}
        </div>
      ) : null}
    </section>
  );
}
