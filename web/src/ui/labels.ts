import type { I18n } from '../app/i18n.tsx';
import type { MessageKey } from '../app/messages.ts';

/**
 * The translated label of an API code under `prefix` ("vacancyStatus.open"), or the code itself when
 * the messages do not know it (a code newer than the web app).
 */
export function codeLabel(prefix: string, code: string, i: Pick<I18n, 't'>): string {
  const key = `${prefix}.${code}`;
  const text = i.t(key as MessageKey);
  return text === key ? code : text;
}
