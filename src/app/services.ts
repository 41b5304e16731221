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
import { ClientPortalService } from '../modules/client-portal/client-portal.service.ts';
import { TrajectoriesService } from '../modules/trajectories/trajectories.service.ts';
import { PolisService } from '../modules/polis/polis.service.ts';
import { PrbService } from '../modules/prb/prb.service.ts';
import { ReportsService } from '../modules/reports/reports.service.ts';

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
  clientPortal: ClientPortalService;
  trajectories: TrajectoriesService;
  polis: PolisService;
  prb: PrbService;
  reports: ReportsService;
}

export async function createServices(database: Database, config: Config): Promise<Services> {
  const db = database.db;
  const audit = new AuditTrail(await loadPseudonymKey(db));
  const clients = new ClientsService(db, audit);
  const vacancies = new VacanciesService(db, audit);
  const clientPortal = new ClientPortalService(db, audit, clients);
  const trajectories = new TrajectoriesService(db, audit, clients);
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
    clientPortal,
    trajectories,
    polis: new PolisService(db, audit, clients, clientPortal),
    prb: new PrbService(db, audit, clients, clientPortal, trajectories),
    reports: new ReportsService(db, audit),
  };
}
