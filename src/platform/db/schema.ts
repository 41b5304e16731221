/** All Drizzle tables, in one object for the typed database handle. Each capability owns its own file. */
export * from '../../modules/organisations/organisations.schema.ts';
export * from '../../modules/identity/identity.schema.ts';
export * from '../../modules/clients/clients.schema.ts';
export * from '../../modules/ladder/ladder.schema.ts';
export * from '../audit/audit.schema.ts';
export * from '../jobs/jobs.schema.ts';
export * from '../../modules/refdata/refdata.schema.ts';
export * from '../../modules/employers/employers.schema.ts';
export * from '../../modules/vacancies/vacancies.schema.ts';
export * from '../../modules/placements/placements.schema.ts';
export * from '../../modules/trajectories/trajectories.schema.ts';
export * from '../../modules/polis/polis.schema.ts';
export * from '../../modules/prb/prb.schema.ts';
export * from '../../modules/notifications/notifications.schema.ts';
export * from '../../modules/worklist/worklist.schema.ts';
export * from '../../modules/agenda/agenda.schema.ts';
export * from '../../modules/notes/notes.schema.ts';
