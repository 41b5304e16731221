// Helpers for a form's own checks (the `checks` of useApiForm).

/** Parses a whole number in [min, max]; null otherwise. */
export function intInRange(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
}

/** "Vul functietitel in." from the label "Functietitel" (keeps all-caps labels like KvK-nummer as they are). */
export function inSentence(label: string): string {
  return /^[A-Z][A-Z]/.test(label) || /^KvK/.test(label) || /^SBI/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
