/**
 * UI texts of the public vacancy site.
 * Merged into the one dictionary through the feature list (features/index.ts).
 */
export const publicNl = {
  'public.title': 'Vacatures',
  'public.intro': 'Openstaande vacatures bij werkgevers in de regio, via het Werkplein. U hoeft niet in te loggen.',
  'public.staffLogin': 'Inloggen voor medewerkers',
  'public.search.title': 'Zoeken in vacatures',
  'public.search.label': 'Zoekterm',
  'public.search.hint': 'Een beroep, functie, werkgever of plaats.',
  'public.search.submit': 'Zoeken',
  'public.search.reset': 'Wis zoekopdracht',
  'public.resultsCount': '{total} vacatures gevonden',
  'public.resultsCountOne': '1 vacature gevonden',
  'public.empty': 'Er zijn op dit moment geen openbare vacatures.',
  'public.emptyFiltered': 'Er zijn geen vacatures gevonden die aan de zoekopdracht voldoen.',
  'public.occupation': 'Beroep: {label}',
  'public.start': 'Start {date}',
  'public.startNow': 'Start zo snel mogelijk',
} as const;

export const publicEn: Record<keyof typeof publicNl, string> = {
  'public.title': 'Vacancies',
  'public.intro': 'Open vacancies with employers in the region, through the Werkplein. No login needed.',
  'public.staffLogin': 'Staff login',
  'public.search.title': 'Search vacancies',
  'public.search.label': 'Search term',
  'public.search.hint': 'An occupation, job, employer or place.',
  'public.search.submit': 'Search',
  'public.search.reset': 'Clear search',
  'public.resultsCount': '{total} vacancies found',
  'public.resultsCountOne': '1 vacancy found',
  'public.empty': 'There are no public vacancies at the moment.',
  'public.emptyFiltered': 'No vacancies match your search.',
  'public.occupation': 'Occupation: {label}',
  'public.start': 'Starts {date}',
  'public.startNow': 'Starts as soon as possible',
};
