/**
 * UI texts of the employer portal.
 * Merged into the one dictionary through the feature list (features/index.ts).
 */
export const portalNl = {
  'nav.employerPortal': 'Werkgeversportaal',

  'portal.title': 'Werkgeversportaal',
  'portal.intro': 'De vacatures van {organisation} en de kandidaten die daarvoor zijn voorgesteld.',
  'portal.privacy':
    'U ziet de naam en contactgegevens van een kandidaat pas als de kandidaat heeft ingestemd met een introductie. Tot die tijd ziet u een kandidaatnummer.',
  'portal.noVacancies': 'Er zijn nog geen vacatures van uw organisatie.',
  'portal.vacancyFacts': '{hours} uur per week · {positions} plaatsen · geopend op {date}',
  'portal.candidates': 'Voorgestelde kandidaten',
  'portal.candidatesCaption': 'Voorgestelde kandidaten voor {title}',
  'portal.noCandidates': 'Er zijn nog geen kandidaten voorgesteld.',
  'portal.candidate': 'Kandidaat',
  'portal.score': 'Matchscore',
  'portal.status': 'Status',
  'portal.hours': 'Beschikbaar',
  'portal.education': 'Opleiding',
  'portal.city': 'Woonplaats',
  'portal.contact': 'Contact',
  'portal.awaitingConsent': 'Nog geen toestemming voor introductie',
} as const;

export const portalEn: Record<keyof typeof portalNl, string> = {
  'nav.employerPortal': 'Employer portal',

  'portal.title': 'Employer portal',
  'portal.intro': 'The vacancies of {organisation} and the candidates proposed for them.',
  'portal.privacy':
    'You see a candidate’s name and contact details only after the candidate has agreed to be introduced. Until then you see a candidate number.',
  'portal.noVacancies': 'Your organisation has no vacancies yet.',
  'portal.vacancyFacts': '{hours} hours per week · {positions} positions · opened on {date}',
  'portal.candidates': 'Proposed candidates',
  'portal.candidatesCaption': 'Proposed candidates for {title}',
  'portal.noCandidates': 'No candidates have been proposed yet.',
  'portal.candidate': 'Candidate',
  'portal.score': 'Match score',
  'portal.status': 'Status',
  'portal.hours': 'Available',
  'portal.education': 'Education',
  'portal.city': 'City',
  'portal.contact': 'Contact',
  'portal.awaitingConsent': 'No consent to introduction yet',
};
