/** The roles of DOMAIN.md. A user belongs to one organisation and holds one or more of these. */
export const ROLES = [
  'klantmanager',
  'werkgeversadviseur',
  'jobcoach',
  'prb_werkadviseur',
  'nazorgcoordinator',
  'inrichtingsmedewerker',
  'uitvoeringsbureau',
  'contractmanager_social_return',
  'beleidsadviseur',
  'functioneel_beheerder',
  'werkzoekende',
  'werkgever',
  'inlener',
] as const;
export type Role = (typeof ROLES)[number];

/** Kinds of organisation (tenants). "platform" is the operator of the installation. */
export const ORGANISATION_KINDS = [
  'platform',
  'gemeente',
  'uwv',
  're_integratiebedrijf',
  'uitzendbureau',
  'werkgever',
  'non_profit',
  'penitentiaire_inrichting',
  'onderwijsinstelling',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ROLE_LABELS_NL: Record<Role, string> = {
  klantmanager: 'Klantmanager',
  werkgeversadviseur: 'Werkgeversadviseur',
  jobcoach: 'Jobcoach / trajectbegeleider',
  prb_werkadviseur: 'PRB-werkadviseur',
  nazorgcoordinator: 'Nazorgcoördinator',
  inrichtingsmedewerker: 'Medewerker penitentiaire inrichting',
  uitvoeringsbureau: 'Uitvoeringsbureau',
  contractmanager_social_return: 'Contractmanager social return',
  beleidsadviseur: 'Beleidsadviseur',
  functioneel_beheerder: 'Functioneel beheerder',
  werkzoekende: 'Werkzoekende',
  werkgever: 'Werkgever',
  inlener: 'Inlener',
};
