import './tags.css';

/** "heftruck, VCA; klantvriendelijk" → ['heftruck', 'vca', 'klantvriendelijk'] (lower-cased, unique). */
export function parseTags(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[,;\n]/)) {
    const tag = raw.trim().toLowerCase();
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

export function Tags({ tags, label }: { tags: readonly string[]; label: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className="wp-tags" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          <span className="wp-badge">{tag}</span>
        </li>
      ))}
    </ul>
  );
}
