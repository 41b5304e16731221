/** Field errors keyed by dotted field path ("address.postcode"). */
export type FieldErrors = Record<string, string>;

/**
 * Maps a server field path onto a field the form shows: exact match first, then the closest
 * known parent ("languages.0" → "languages"). Unknown names stay as they are (shown in the summary only).
 */
export function resolveFieldName(name: string, known: readonly string[]): string {
  if (known.includes(name)) return name;
  const parts = name.split('.');
  while (parts.length > 1) {
    parts.pop();
    const candidate = parts.join('.');
    if (known.includes(candidate)) return candidate;
  }
  return name;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
