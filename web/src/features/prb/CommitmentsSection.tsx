import { useMutation } from '@tanstack/react-query';
import { isIsoDate } from '../../../../src/kernel/dates.ts';
import { api, call, type PrbCommitment } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { todayInAmsterdam, useI18n } from '../../app/i18n.tsx';
import { FormAmountField } from '../../ui/AmountField.tsx';
import { FormErrors, FormSelectField, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { ActionError } from '../../ui/ProblemAlert.tsx';
import { inSentence } from '../../ui/checks.ts';
import { checkEuroInput, formatCents, normaliseEuroText } from './money.ts';
import { euroProblemMessage } from './ui.tsx';

/** Approved money per cost line, with the invoices paid against it; the klantmanager records invoices. */
export function CommitmentsSection({
  commitments,
  canRecordInvoices,
  refresh,
  headingLevel = 2,
  title,
}: {
  commitments: PrbCommitment[];
  canRecordInvoices: boolean;
  refresh: () => Promise<unknown>;
  headingLevel?: 2 | 3;
  title?: string;
}) {
  const { t, formatDate } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const caption = t('prb.commitments.caption');
  return (
    <section className="wp-section wp-card">
      <Heading className={`utrecht-heading-${headingLevel}`}>{title ?? t('prb.commitments.title')}</Heading>
      {commitments.length === 0 ? (
        <p className="utrecht-paragraph">{t('prb.commitments.none')}</p>
      ) : (
        <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={caption}>
          <table className="utrecht-table utrecht-table--html-table wp-table">
            <caption className="utrecht-table__caption wp-visually-hidden">{caption}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('prb.commitments.col.supplier')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('prb.commitments.col.description')}
                </th>
                <th scope="col" className="utrecht-table__header-cell wp-amount">
                  {t('prb.commitments.col.amount')}
                </th>
                <th scope="col" className="utrecht-table__header-cell wp-amount">
                  {t('prb.commitments.col.paid')}
                </th>
                <th scope="col" className="utrecht-table__header-cell wp-amount">
                  {t('prb.commitments.col.open')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('prb.commitments.col.invoices')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {commitments.map((c) => (
                <tr className="utrecht-table__row" key={c.id}>
                  <td className="utrecht-table__cell">{c.supplier}</td>
                  <td className="utrecht-table__cell">{c.description}</td>
                  <td className="utrecht-table__cell wp-amount">{formatCents(c.amountCents)}</td>
                  <td className="utrecht-table__cell wp-amount">{formatCents(c.paidCents)}</td>
                  <td className="utrecht-table__cell wp-amount">{formatCents(c.openCents)}</td>
                  <td className="utrecht-table__cell">
                    {c.invoices.length === 0 ? (
                      <span className="wp-muted">{t('prb.commitments.noInvoices')}</span>
                    ) : (
                      <ul className="wp-prb-invoices">
                        {c.invoices.map((inv) => (
                          <li key={inv.id}>
                            {t('prb.commitments.invoice', {
                              number: inv.invoiceNumber,
                              date: formatDate(inv.invoiceDate),
                              amount: formatCents(inv.amountCents),
                            })}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canRecordInvoices && commitments.length > 0 ? <InvoiceForm commitments={commitments} refresh={refresh} /> : null}
    </section>
  );
}

type Field = 'commitmentId' | 'invoiceNumber' | 'invoiceDate' | 'amount';

function InvoiceForm({ commitments, refresh }: { commitments: PrbCommitment[]; refresh: () => Promise<unknown> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { flash } = useFlash();
  const open = commitments.filter((c) => c.openCents > 0);
  const empty = (): Record<Field, string> => ({
    commitmentId: open.length === 1 ? open[0]!.id : '',
    invoiceNumber: '',
    invoiceDate: todayInAmsterdam(),
    amount: '',
  });
  const labels: Record<Field, string> = {
    commitmentId: t('prb.invoice.commitment'),
    invoiceNumber: t('prb.invoice.number'),
    invoiceDate: t('prb.invoice.date'),
    amount: t('prb.invoice.amount'),
  };
  const form = useApiForm<Record<Field, string>>({
    defaultValues: empty(),
    labels,
    idPrefix: 'invoice-',
    checks: (values) => {
      const next: FieldErrors = {};
      if (!values.commitmentId) next.commitmentId = t('form.requiredChoice', { label: inSentence(labels.commitmentId) });
      if (!values.invoiceNumber.trim()) next.invoiceNumber = t('form.required', { label: inSentence(labels.invoiceNumber) });
      if (!values.invoiceDate) next.invoiceDate = t('form.required', { label: inSentence(labels.invoiceDate) });
      else if (!isIsoDate(values.invoiceDate)) next.invoiceDate = t('form.invalidDate');
      const amount = checkEuroInput(values.amount);
      if ('problem' in amount) next.amount = euroProblemMessage(amount, labels.amount, i18n);
      return next;
    },
  });

  const record = useMutation({
    mutationFn: (values: Record<Field, string>) =>
      call(
        api.POST('/api/v1/prb-commitments/{id}/invoices', {
          params: { path: { id: values.commitmentId } },
          body: {
            invoiceNumber: values.invoiceNumber.trim(),
            invoiceDate: values.invoiceDate,
            amount: normaliseEuroText(values.amount),
          },
        }),
      ),
    onSuccess: async () => {
      form.reset(empty());
      flash(t('prb.invoice.recorded'));
      await refresh();
    },
  });

  if (open.length === 0) return <p className="utrecht-paragraph">{t('prb.invoice.allPaid')}</p>;
  return (
    <div className="wp-subsection">
      <h3 className="utrecht-heading-3">{t('prb.invoice.title')}</h3>
      <form className="wp-form" noValidate onSubmit={form.submit((values) => record.mutateAsync(values))}>
        <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
        <FormSelectField
          form={form}
          name="commitmentId"
          options={open.map((c) => ({
            value: c.id,
            label: t('prb.invoice.commitmentOption', {
              supplier: c.supplier,
              description: c.description,
              open: formatCents(c.openCents),
            }),
          }))}
          placeholder={t('app.chooseOption')}
          required
        />
        <div className="wp-field-row">
          <FormTextField form={form} name="invoiceNumber" autoComplete="off" width="md" required />
          <FormTextField form={form} name="invoiceDate" type="date" width="sm" required />
          <FormAmountField form={form} name="amount" required />
        </div>
        <SubmitButton busy={record.isPending} appearance="secondary">
          {t('prb.invoice.submit')}
        </SubmitButton>
      </form>
    </div>
  );
}
