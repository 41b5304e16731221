/**
 * Pure rules for reference data: the search key used for "search as you type" (case- and
 * diacritics-insensitive), and ISCO-08 code structure.
 */

const TRANSLITERATE: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  đ: 'd',
  Đ: 'd',
};

/**
 * Lower case, without diacritics, whitespace collapsed: "Coördinator  Beveiliging" → "coordinator beveiliging".
 * Labels are stored this way (occupations.search_text) and queries are normalised the same way.
 */
export function searchKey(value: string): string {
  // Fast path for plain ASCII (most labels): no Unicode normalisation needed.
  if (!/[^\x20-\x7e]/.test(value)) {
    const lower = value.toLowerCase();
    return lower.includes('  ') || lower.startsWith(' ') || lower.endsWith(' ') ? lower.replace(/ +/g, ' ').trim() : lower;
  }
  return value
    .replace(/[ßøØæÆœŒłŁıđĐ]/g, (c) => TRANSLITERATE[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a query, each to be found in the same label (in any order). */
export function searchTokens(query: string): string[] {
  return searchKey(query)
    .split(/[\s,;]+/)
    .filter((t) => t.length > 0)
    .slice(0, 8);
}

/** LIKE pattern that matches `value` literally anywhere (escapes %, _ and the escape character). */
export function containsPattern(value: string): string {
  return `%${escapeLike(value)}%`;
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The search text of an occupation: its preferred label, then its alternative labels, each as a search
 * key, one per line. The order matches [labelNl, ...altLabelsNl], so the n-th line is the n-th label.
 */
export function occupationSearchText(labelNl: string, altLabelsNl: readonly string[]): string {
  return [labelNl, ...altLabelsNl].map(searchKey).join('\n');
}

/** ISCO-08 level from the code's length: 1 major, 2 sub-major, 3 minor, 4 unit group. */
export function iscoLevel(code: string): 1 | 2 | 3 | 4 {
  return code.length as 1 | 2 | 3 | 4;
}

export function isIscoCode(code: string): boolean {
  return /^\d{1,4}$/.test(code);
}

/** The codes of a unit group and every group above it, most specific first: 7212 → [7212, 721, 72, 7]. */
export function iscoLineage(code: string): string[] {
  const out: string[] = [];
  for (let len = code.length; len >= 1; len--) out.push(code.slice(0, len));
  return out;
}

/** Name filter for municipalities: every token in the name (diacritics-insensitive), or the exact CBS code. */
export function matchesMunicipality(m: { code: string; name: string }, query: string): boolean {
  const q = query.trim();
  if (!q) return true;
  if (m.code.toLowerCase() === q.toLowerCase()) return true;
  const name = searchKey(m.name);
  return searchTokens(q).every((t) => name.includes(t));
}

/** Names that start with the query come first (ignoring a leading "'s-"), then alphabetical (Dutch collation). */
export function rankMunicipalities<T extends { name: string }>(rows: readonly T[], query: string): T[] {
  const q = searchKey(query);
  const starts = (name: string) => {
    if (!q) return 1;
    const key = searchKey(name);
    return key.startsWith(q) || key.replace(/^'s-/, '').startsWith(q) ? 0 : 1;
  };
  return rows.slice().sort((a, b) => starts(a.name) - starts(b.name) || a.name.localeCompare(b.name, 'nl'));
}
