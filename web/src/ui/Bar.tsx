import './Bar.css';

/** The width class (in steps of 5%) of a bar filled to value/max. */
export function barStep(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  const ratio = Math.min(1, value / max);
  return Math.round(ratio * 20) * 5;
}

/**
 * A bar filled to value/max; decorative, so hidden from assistive technology: the text next to it says
 * the same. CSS classes, no inline styles (CSP).
 */
export function Bar({ value, max, wide, done }: { value: number; max: number; wide?: boolean; done?: boolean }) {
  const step = barStep(value, max);
  return (
    <span className={`wp-bar${wide ? ' wp-bar--wide' : ''}`} aria-hidden="true">
      <span className={`wp-bar__fill wp-bar__fill--w${step}${done ? ' wp-bar__fill--done' : ''}`} />
    </span>
  );
}
