import type { OrganisationKind, Role } from '../kernel/roles.ts';
import type { Db } from './db/database.ts';

/**
 * What a module's demo seeding (`defineModule({ demo })`) builds on: the demo's organisations, users,
 * clients and vacancies as the core demo (src/modules/demo) wrote them, and the day the demo is loaded.
 * Each module writes its own rows, in tenant transactions of its own (`inTenant`), so they pass the same
 * row-level security as real ones. Run once, into an empty database, in module list order.
 */
export interface DemoSeedContext {
  db: Db;
  /** The Amsterdam calendar day the demo is loaded: seed dates relative to it, so the demo always looks current. */
  today: string;
  organisations: readonly DemoOrganisationRef[];
  users: readonly DemoUserRef[];
  clients: readonly DemoClientRef[];
  vacancies: readonly DemoVacancyRef[];
  /** A stable id for a demo key (the same key gives the same id in every load). */
  id(key: string): string;
}

export interface DemoOrganisationRef {
  id: string;
  key: string;
  name: string;
  kind: OrganisationKind;
  cbsCode: string | null;
}

export interface DemoUserRef {
  id: string;
  key: string;
  email: string;
  name: string;
  organisationId: string;
  roles: readonly Role[];
}

export interface DemoClientRef {
  id: string;
  key: string;
  organisationId: string;
  caseManagerId: string;
  bsn: string;
  firstName: string;
  dateOfBirth: string;
}

export interface DemoVacancyRef {
  id: string;
  key: string;
  organisationId: string;
  employerId: string;
  title: string;
  hoursPerWeek: number;
  status: string;
}

export type DemoSeed = (ctx: DemoSeedContext) => Promise<void>;
