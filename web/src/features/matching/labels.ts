import type { I18n } from '../../app/i18n.tsx';
import { codeLabel } from '../../ui/labels.ts';

/** The label of a part of a match score ("occupation", "distance", …). */
export const partLabel = (k: string, i: Pick<I18n, 't'>) => codeLabel('matchPart', k, i);
