/**
 * UI texts of matching candidates and vacancies.
 * Merged into the one dictionary through the feature list (features/index.ts).
 */
export const matchingNl = {
  'candidates.title': 'Passende kandidaten',
  'candidates.intro':
    'Cliënten die u mag zien, gerangschikt op hoe goed ze bij de vacature passen. Leeftijd, geslacht, nationaliteit, gezondheid en strafblad tellen niet mee.',
  'candidates.loading': 'Kandidaten zoeken…',
  'candidates.none': 'Er zijn geen passende kandidaten gevonden.',
  'candidates.listLabel': '{count} kandidaten, best passend eerst',
  'candidates.propose': 'Voorstellen',
  'candidates.alreadyProposed': 'Voorgesteld',
  'match.score': '{score} van 100',
  'match.part': 'Onderdeel',
  'match.showParts': 'Opbouw van de score',
  'match.bar': 'Grafisch',
  'match.points': 'Punten',
  'match.explanation': 'Toelichting',
  'match.pointsOf': '{points} van {max}',
  'match.caption': 'Opbouw van de score van {name}',
  'match.captionVacancy': 'Opbouw van de score voor {title}',
  'matchPart.occupation': 'Beroep',
  'matchPart.distance': 'Reisafstand',
  'matchPart.hours': 'Uren',
  'matchPart.education': 'Opleiding',
  'matchPart.drivingLicence': 'Rijbewijs',
  'matchPart.skills': 'Vaardigheden',
  'matchPart.availability': 'Beschikbaarheid',

  'clientVacancies.title': 'Passende vacatures',
  'clientVacancies.intro': 'Openstaande vacatures die u mag zien en die het best bij deze cliënt passen (hoogstens 10).',
  'clientVacancies.none': 'Er zijn geen passende openstaande vacatures gevonden.',
  'clientVacancies.listLabel': '{count} vacatures, best passend eerst',
} as const;

export const matchingEn: Record<keyof typeof matchingNl, string> = {
  'candidates.title': 'Matching candidates',
  'candidates.intro':
    'Clients you may see, ranked by how well they fit the vacancy. Age, gender, nationality, health and criminal record do not count.',
  'candidates.loading': 'Finding candidates…',
  'candidates.none': 'No matching candidates were found.',
  'candidates.listLabel': '{count} candidates, best match first',
  'candidates.propose': 'Propose',
  'candidates.alreadyProposed': 'Proposed',
  'match.score': '{score} out of 100',
  'match.part': 'Part',
  'match.showParts': 'How the score is made up',
  'match.bar': 'Graphic',
  'match.points': 'Points',
  'match.explanation': 'Explanation',
  'match.pointsOf': '{points} of {max}',
  'match.caption': 'How the score of {name} is made up',
  'match.captionVacancy': 'How the score for {title} is made up',
  'matchPart.occupation': 'Occupation',
  'matchPart.distance': 'Travel distance',
  'matchPart.hours': 'Hours',
  'matchPart.education': 'Education',
  'matchPart.drivingLicence': 'Driving licence',
  'matchPart.skills': 'Skills',
  'matchPart.availability': 'Availability',

  'clientVacancies.title': 'Matching vacancies',
  'clientVacancies.intro': 'Open vacancies you may see that fit this client best (at most 10).',
  'clientVacancies.none': 'No matching open vacancies were found.',
  'clientVacancies.listLabel': '{count} vacancies, best match first',
};
