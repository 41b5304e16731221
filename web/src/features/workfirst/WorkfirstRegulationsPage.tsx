import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isIsoDate } from '../../../../src/kernel/dates.ts';
import { api, call, type components } from '../../api/index.ts';
import { mayCall, useUser } from '../../app/auth.tsx';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { TextField } from '../../ui/fields.tsx';
import { FormErrors, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';

type Regulation = components['schemas']['WorkfirstRegulation'];
const CATEGORIES = ['absence_first', 'absence_repeat', 'absence_persistent'] as const;
const regulationsKey = ['workfirst', 'regulations'] as const;

/** The version in force on a day: the latest that took effect on or before it (the default when none). */
export function regulationOn(versions: readonly Regulation[], day: string): Regulation | undefined {
  const sorted = [...versions].sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1));
  return sorted.find((v) => !v.isDefault && v.validFrom <= day) ?? sorted.find((v) => v.isDefault);
}

/** The municipality's Work First regulation (afstemmingsverordening) by valid-from date; the functioneel beheerder adds versions. */
export function WorkfirstRegulationsPage() {
  const { t, formatDate } = useI18n();
  const user = useUser();
  const list = useQuery({ queryKey: regulationsKey, queryFn: () => call(api.GET('/api/v1/workfirst/regulations')) });
  const [day, setDay] = useState('');
  const versions = list.data ?? [];
  const judged = isIsoDate(day) ? regulationOn(versions, day) : undefined;
  const from = (v: Regulation) => (v.isDefault ? t('workfirst.reg.default') : formatDate(v.validFrom));
  return (
    <>
      <PageHeader title={t('workfirst.reg.title')} lead={t('workfirst.reg.intro')} />
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ProblemAlert error={list.error} /> : null}
      {versions.length > 0 ? (
        <table className="utrecht-table wp-table">
          <caption className="utrecht-table__caption">{t('workfirst.reg.caption')}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {(['validFrom', 'minHoursPerWeek', 'applicationsTargetPerWeek', 'hearingDays', 'ceilingPercent'] as const).map((c) => (
                <th key={c} scope="col" className="utrecht-table__header-cell">
                  {t(`workfirst.reg.${c}` as MessageKey)}
                </th>
              ))}
              {CATEGORIES.map((c) => (
                <th key={c} scope="col" className="utrecht-table__header-cell">
                  {t(`workfirst.measure.category.${c}` as MessageKey)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {versions.map((v) => (
              <tr key={`${v.validFrom}-${String(v.isDefault)}`} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {from(v)}
                </th>
                <td className="utrecht-table__cell">{v.minHoursPerWeek}</td>
                <td className="utrecht-table__cell">{v.applicationsTargetPerWeek}</td>
                <td className="utrecht-table__cell">{v.hearingDays}</td>
                <td className="utrecht-table__cell">{v.ceilingPercent}%</td>
                {CATEGORIES.map((c) => (
                  <td key={c} className="utrecht-table__cell">
                    {t('workfirst.reg.measure', {
                      percent: String(v.categories[c].percent),
                      months: String(v.categories[c].durationMonths),
                    })}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <section className="wp-section" aria-labelledby="reg-judged">
        <h2 id="reg-judged" className="utrecht-heading-2">
          {t('workfirst.reg.judgedTitle')}
        </h2>
        <TextField name="reg-day" label={t('workfirst.reg.day')} type="date" width="sm" value={day} onChange={setDay} />
        {judged ? (
          <p className="utrecht-paragraph" role="status">
            {t('workfirst.reg.judged', { day: formatDate(day), from: from(judged), hours: String(judged.minHoursPerWeek) })}
          </p>
        ) : null}
      </section>
      {list.data && mayCall(user, 'setWorkfirstRegulation') ? <RegulationForm latest={versions[0]} /> : null}
    </>
  );
}

function RegulationForm({ latest }: { latest: Regulation | undefined }) {
  const { t } = useI18n();
  const { flash } = useFlash();
  const queryClient = useQueryClient();
  const numberFields = ['minHoursPerWeek', 'applicationsTargetPerWeek', 'hearingDays', 'ceilingPercent'] as const;
  const labels: Record<string, string> = { validFrom: t('workfirst.reg.validFrom') };
  for (const f of numberFields) labels[f] = t(`workfirst.reg.${f}` as MessageKey);
  for (const c of CATEGORIES) {
    const name = t(`workfirst.measure.category.${c}` as MessageKey);
    labels[`categories.${c}.percent`] = t('workfirst.reg.percentOf', { category: name });
    labels[`categories.${c}.durationMonths`] = t('workfirst.reg.monthsOf', { category: name });
  }
  const defaults: Record<string, string> = { validFrom: '' };
  for (const f of numberFields) defaults[f] = latest ? String(latest[f]) : '';
  for (const c of CATEGORIES) {
    defaults[`categories.${c}.percent`] = latest ? String(latest.categories[c].percent) : '';
    defaults[`categories.${c}.durationMonths`] = latest ? String(latest.categories[c].durationMonths) : '';
  }
  // Field names hold dots (the API's nested names); the form keeps them flat under a key without dots.
  const key = (name: string) => name.replaceAll('.', '_');
  const apiNames = Object.fromEntries(Object.keys(labels).map((n) => [n, key(n)]));
  const form = useApiForm<Record<string, string>>({
    defaultValues: Object.fromEntries(Object.entries(defaults).map(([n, v]) => [key(n), v])),
    labels: Object.fromEntries(Object.entries(labels).map(([n, l]) => [key(n), l])),
    apiNames,
    checks: (v) => {
      const next: FieldErrors = {};
      if (!isIsoDate(v.validFrom ?? '')) next.validFrom = t('form.invalidDate');
      for (const n of Object.keys(labels)) {
        if (n === 'validFrom') continue;
        const value = v[key(n)] ?? '';
        if (!value.trim() || !Number.isInteger(Number(value)) || Number(value) < 0) {
          next[key(n)] = t('workfirst.reg.wholeNumber', { label: (labels[n] ?? n).toLowerCase() });
        }
      }
      return next;
    },
  });
  const save = useMutation({
    mutationFn: (v: Record<string, string>) => {
      const n = (name: string) => Number(v[key(name)]);
      const categories = Object.fromEntries(
        CATEGORIES.map((c) => [c, { percent: n(`categories.${c}.percent`), durationMonths: n(`categories.${c}.durationMonths`) }]),
      ) as Regulation['categories'];
      return call(
        api.PUT('/api/v1/workfirst/regulations/{validFrom}', {
          params: { path: { validFrom: v.validFrom ?? '' } },
          body: {
            minHoursPerWeek: n('minHoursPerWeek'),
            applicationsTargetPerWeek: n('applicationsTargetPerWeek'),
            hearingDays: n('hearingDays'),
            ceilingPercent: n('ceilingPercent'),
            categories,
          },
        }),
      );
    },
    onSuccess: async () => {
      flash(t('workfirst.reg.saved'));
      await queryClient.invalidateQueries({ queryKey: regulationsKey });
    },
  });
  return (
    <section className="wp-section" aria-labelledby="reg-new">
      <h2 id="reg-new" className="utrecht-heading-2">
        {t('workfirst.reg.newTitle')}
      </h2>
      <form className="wp-form" noValidate onSubmit={form.submit((v) => save.mutateAsync(v))}>
        <FormErrors form={form} />
        {Object.keys(labels).map((n) => (
          <FormTextField
            key={n}
            form={form}
            name={key(n)}
            type={n === 'validFrom' ? 'date' : 'number'}
            inputMode={n === 'validFrom' ? undefined : 'numeric'}
            width={n === 'validFrom' ? 'sm' : 'xs'}
            required
          />
        ))}
        <SubmitButton busy={save.isPending}>{t('workfirst.reg.submit')}</SubmitButton>
      </form>
    </section>
  );
}
