/**
 * After an in-app navigation, the next page's h1 takes focus (so screen readers announce the page).
 * The very first page load keeps the browser's default focus.
 */
let pending = false;

export function markNavigation(): void {
  pending = true;
}

export function consumeNavigationFocus(): boolean {
  const value = pending;
  pending = false;
  return value;
}
