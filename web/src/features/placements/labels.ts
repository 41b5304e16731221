import type { ContractType, ProposalStatus } from '../../api/index.ts';
import type { I18n } from '../../app/i18n.tsx';
import { codeLabel } from '../../ui/labels.ts';

type T = Pick<I18n, 't'>;
export const proposalStatusLabel = (s: ProposalStatus, i: T) => codeLabel('proposalStatus', s, i);
export const contractTypeLabel = (c: ContractType, i: T) => codeLabel('contractType', c, i);
