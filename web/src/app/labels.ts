import type { BenefitType, EducationLevel, Gender, OrganisationKind, Role, TargetGroup } from '../api/index.ts';
import type { I18n } from './i18n.tsx';
import type { MessageKey } from './messages.ts';

type T = Pick<I18n, 't'>;
export const genderLabel = (g: Gender, i: T) => i.t(`gender.${g}` as MessageKey);
export const educationLabel = (e: EducationLevel, i: T) => i.t(`education.${e}` as MessageKey);
export const benefitLabel = (b: BenefitType, i: T) => i.t(`benefit.${b}` as MessageKey);
export const targetGroupLabel = (g: TargetGroup, i: T) => i.t(`targetGroup.${g}` as MessageKey);
export const roleLabel = (r: Role, i: T) => i.t(`role.${r}` as MessageKey);
export const kindLabel = (k: OrganisationKind, i: T) => i.t(`kind.${k}` as MessageKey);
