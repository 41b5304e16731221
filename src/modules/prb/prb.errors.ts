import { AppError } from '../../kernel/errors.ts';
import { PROPOSAL_STATUS_LABELS_NL, type ProposalStatus } from './prb.rules.ts';

// The refusals PRB use cases share (409 with the field that causes them).

export function notEditable(status: string, what = 'gewijzigd'): AppError {
  const label = PROPOSAL_STATUS_LABELS_NL[status as ProposalStatus] ?? status;
  return new AppError('conflict', `Dit voorstel is ${label} en kan niet meer worden ${what}.`, [
    { name: 'status', code: 'not_editable', reason: `Het voorstel is ${label}.` },
  ]);
}

export function duplicateProgrammeName(): AppError {
  return new AppError('conflict', 'Uw organisatie heeft al een PRB-programma met deze naam.', [
    { name: 'name', code: 'duplicate', reason: 'Deze naam is al in gebruik.' },
  ]);
}

export function alreadyAdmitted(): AppError {
  return new AppError('conflict', 'Deze cliënt is al toegelaten tot dit programma.', [
    { name: 'clientId', code: 'already_admitted', reason: 'Al toegelaten.' },
  ]);
}

export function duplicateInvoice(): AppError {
  return new AppError('conflict', 'Een factuur met dit nummer is al geboekt op deze verplichting.', [
    { name: 'invoiceNumber', code: 'duplicate', reason: 'Dit factuurnummer is al geboekt.' },
  ]);
}
