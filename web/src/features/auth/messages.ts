/**
 * UI texts of the login page.
 * Merged into the one dictionary through the feature list (features/index.ts).
 */
export const authNl = {
  'login.title': 'Inloggen',
  'login.intro': 'Log in met uw werkaccount.',
  'login.email': 'E-mailadres',
  'login.password': 'Wachtwoord',
  'login.submit': 'Inloggen',
  'login.busy': 'Bezig met inloggen…',
  'login.sso.title': 'Inloggen via uw organisatie',
  'login.sso.with': 'Inloggen met {name}',
  'login.or': 'Of log in met e-mailadres en wachtwoord',
  'login.sessionEnded': 'U bent uitgelogd.',
  'login.ssoFailed': 'Inloggen via uw organisatie is niet gelukt. Probeer het opnieuw.',
  'login.publicVacancies': 'Op zoek naar werk? Bekijk de openbare vacatures',
} as const;

export const authEn: Record<keyof typeof authNl, string> = {
  'login.title': 'Log in',
  'login.intro': 'Log in with your work account.',
  'login.email': 'E-mail address',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.busy': 'Logging in…',
  'login.sso.title': 'Log in through your organisation',
  'login.sso.with': 'Log in with {name}',
  'login.or': 'Or log in with e-mail address and password',
  'login.sessionEnded': 'You have been logged out.',
  'login.ssoFailed': 'Logging in through your organisation failed. Please try again.',
  'login.publicVacancies': 'Looking for work? See the public vacancies',
};
