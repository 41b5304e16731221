import type { ContactMomentKind, SizeClass } from '../../api/index.ts';
import type { I18n } from '../../app/i18n.tsx';
import { codeLabel } from '../../ui/labels.ts';

type T = Pick<I18n, 't'>;
export const contactKindLabel = (k: ContactMomentKind, i: T) => codeLabel('contactKind', k, i);
export const sizeClassLabel = (s: SizeClass, i: T) => codeLabel('sizeClass', s, i);
