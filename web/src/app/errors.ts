/** Thrown by route guards when the user lacks the role for a page; the error boundary renders "Geen toegang". */
export class ForbiddenError extends Error {
  constructor() {
    super('forbidden');
    this.name = 'ForbiddenError';
  }
}

/** Only same-origin paths are accepted as a post-login redirect (no open redirects). */
export function safeRedirect(target: unknown): string {
  if (typeof target !== 'string') return '/';
  if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/';
  if (target.startsWith('/inloggen') || target.startsWith('/api/')) return '/';
  return target;
}
