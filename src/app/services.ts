import type { Database } from '../platform/db/database.ts';
import type { Config } from '../platform/config.ts';
import { AuditTrail } from '../platform/audit/audit.ts';
import { loadPseudonymKey } from '../platform/audit/installation.ts';
import { IdentityService } from '../modules/identity/identity.service.ts';
import { OrganisationsService } from '../modules/organisations/organisations.service.ts';
import { ClientsService } from '../modules/clients/clients.service.ts';
import { LadderService } from '../modules/ladder/ladder.service.ts';
import { RefdataService } from '../modules/refdata/refdata.service.ts';
import { VacanciesService } from '../modules/vacancies/vacancies.service.ts';
import { PlacementsService } from '../modules/placements/placements.service.ts';
import { ResultsService } from '../modules/results/results.service.ts';
import { EmployersService } from '../modules/employers/employers.service.ts';
import { MatchingService } from '../modules/matching/matching.service.ts';
import { OidcClientRegistry } from '../modules/identity/oidc/oidc.service.ts';
import { parseOidcProviders } from '../modules/identity/oidc/oidc.config.ts';

/** The composition root: every service, wired once per process. */
export interface Services {
  config: Config;
  database: Database;
  audit: AuditTrail;
  identity: IdentityService;
  oidc: OidcClientRegistry;
  organisations: OrganisationsService;
  clients: ClientsService;
  ladder: LadderService;
  refdata: RefdataService;
  vacancies: VacanciesService;
  placements: PlacementsService;
  results: ResultsService;
  employers: EmployersService;
  matching: MatchingService;
}

export async function createServices(database: Database, config: Config): Promise<Services> {
  const db = database.db;
  const audit = new AuditTrail(await loadPseudonymKey(db));
  const clients = new ClientsService(db, audit);
  const vacancies = new VacanciesService(db, audit);
  return {
    config,
    database,
    audit,
    identity: new IdentityService(db, audit, config),
    oidc: new OidcClientRegistry(parseOidcProviders(config.oidcProviders, { publicUrl: config.publicUrl })),
    organisations: new OrganisationsService(db, audit),
    clients,
    ladder: new LadderService(db, audit, clients),
    refdata: new RefdataService(db),
    vacancies,
    placements: new PlacementsService(db, audit, clients, vacancies),
    results: new ResultsService(db, audit),
    employers: new EmployersService(db, audit),
    matching: new MatchingService(db, audit),
  };
}
