/**
 * UI texts of consents in the client file.
 * Merged into the one dictionary through the feature list (features/index.ts).
 */
export const consentsNl = {
  'consents.title': 'Toestemmingen',
  'consents.intro':
    'Organisaties waarmee de cliënt heeft ingestemd zijn gegevens te delen. Een ingetrokken toestemming blijft zichtbaar in de geschiedenis.',
  'consents.none': 'Er zijn geen toestemmingen vastgelegd.',
  'consents.caption': 'Toestemmingen om gegevens te delen',
  'consents.organisation': 'Organisatie',
  'consents.grantedAt': 'Gegeven op',
  'consents.grantedBy': 'Vastgelegd door',
  'consents.status': 'Status',
  'consents.note': 'Notitie',
  'consents.active': 'Actief',
  'consents.withdrawnOn': 'Ingetrokken op {date}',
  'consents.withdraw': 'Intrekken',
  'consents.withdrawFor': 'toestemming voor {organisation}',
  'consents.actions': 'Acties',
  'consents.grant.title': 'Toestemming vastleggen',
  'consents.grant.organisation': 'Organisatie',
  'consents.grant.organisationHint': 'De organisatie waarmee de cliënt gegevens wil delen.',
  'consents.grant.note': 'Notitie',
  'consents.grant.submit': 'Toestemming vastleggen',
  'consents.grant.saved': 'De toestemming voor {organisation} is vastgelegd.',
  'consents.grant.noOrganisations': 'Er zijn geen andere organisaties om gegevens mee te delen.',
  'consents.confirm.title': 'Toestemming intrekken',
  'consents.confirm.text':
    'Weet u zeker dat u de toestemming voor {organisation} wilt intrekken? {organisation} kan de gegevens van deze cliënt daarna niet meer inzien.',
  'consents.confirm.submit': 'Ja, intrekken',
  'consents.withdrawn': 'De toestemming voor {organisation} is ingetrokken.',
} as const;

export const consentsEn: Record<keyof typeof consentsNl, string> = {
  'consents.title': 'Consents',
  'consents.intro': 'Organisations the client has agreed to share data with. A withdrawn consent stays visible in the history.',
  'consents.none': 'No consents have been recorded.',
  'consents.caption': 'Consents to share data',
  'consents.organisation': 'Organisation',
  'consents.grantedAt': 'Given on',
  'consents.grantedBy': 'Recorded by',
  'consents.status': 'Status',
  'consents.note': 'Note',
  'consents.active': 'Active',
  'consents.withdrawnOn': 'Withdrawn on {date}',
  'consents.withdraw': 'Withdraw',
  'consents.withdrawFor': 'consent for {organisation}',
  'consents.actions': 'Actions',
  'consents.grant.title': 'Record consent',
  'consents.grant.organisation': 'Organisation',
  'consents.grant.organisationHint': 'The organisation the client wants to share data with.',
  'consents.grant.note': 'Note',
  'consents.grant.submit': 'Record consent',
  'consents.grant.saved': 'Consent for {organisation} has been recorded.',
  'consents.grant.noOrganisations': 'There are no other organisations to share data with.',
  'consents.confirm.title': 'Withdraw consent',
  'consents.confirm.text':
    'Are you sure you want to withdraw the consent for {organisation}? {organisation} will no longer be able to see this client’s data.',
  'consents.confirm.submit': 'Yes, withdraw',
  'consents.withdrawn': 'Consent for {organisation} has been withdrawn.',
};
