import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { configFromEnv, type Config } from '../platform/config.ts';
import { openAppDatabase, runMigrations } from '../platform/db/database.ts';
import { openAdminSql } from '../platform/db/admin.ts';
import { verifyAuditChain } from '../platform/audit/verify.ts';
import { restoreBackup, writeBackup } from '../platform/backup/backup.ts';
import { databaseTargets, startWerkplein } from '../app/start.ts';
import { importDemoReferenceData, isEmpty } from '../modules/demo/demo.seed.ts';
import { seedFullDemo } from '../app/demo.ts';
import { DEMO_PASSWORD, generateDemo } from '../modules/demo/demo-data.ts';
import { ensureWebBuild } from './web-build.ts';
import { runImportCommand } from './import-refdata.ts';

const HELP = `werkplein — de lokale arbeidsmarkt op één platform

Gebruik: werkplein <opdracht> [opties]

Opdrachten:
  start                 database migreren, demo laden (eerste keer) en de webapp + API serveren
  migrate               alleen de databasemigraties uitvoeren
  seed [--clients N]    de demo laden in een lege database
  backup <bestand>      logische back-up (gzip, JSON-regels) van alle gegevens
  restore <bestand>     back-up terugzetten in een nieuwe, lege database
  audit verify          de hash-keten van het auditlog controleren
  import occupations <map> | municipalities <bestand> | postcodes <bestand>
                        referentiegegevens (ESCO-beroepen, CBS-gemeenten, PC4-centroïden) laden of bijwerken

Opties:
  --port N              poort (standaard 3000; omgeving PORT)
  --host ADRES          luisteradres (standaard 127.0.0.1; omgeving WERKPLEIN_HOST)
  --data-dir MAP        map van de ingebouwde database (standaard .werkplein/data; omgeving WERKPLEIN_DATA_DIR)
  --no-demo             geen demo laden bij de eerste start
  -h, --help            deze hulp

Met DATABASE_URL gebruikt Werkplein die PostgreSQL-server (als rol werkplein_app) in plaats van de
ingebouwde database; DATABASE_ADMIN_URL is de verbinding voor migraties, back-up en herstel.`;

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      'no-demo': { type: 'boolean' },
      clients: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(HELP);
    return command || values.help ? 0 : 1;
  }
  const config: Config = configFromEnv(process.env, {
    port: values.port,
    host: values.host,
    dataDir: values['data-dir'] ? path.resolve(values['data-dir']) : undefined,
    demo: values['no-demo'] ? false : undefined,
  });
  const targets = databaseTargets(config);

  switch (command) {
    case 'start': {
      const started = Date.now();
      await ensureWebBuild((msg) => console.log(msg));
      const running = await startWerkplein(config, { logger: process.env.WERKPLEIN_LOG_REQUESTS === 'true' });
      const where = config.databaseUrl ? 'PostgreSQL-server' : `ingebouwde database in ${config.dataDir}`;
      console.log(`\nWerkplein draait op ${running.url}  (${where}; gestart in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      console.log(`API-documentatie: ${running.url}/api/docs`);
      if (config.demo) printDemoLogins();
      const stop = async () => {
        console.log('Werkplein stopt…');
        await running.stop();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      return -1; // keep running
    }
    case 'migrate':
      await runMigrations(targets.admin);
      console.log('Database is bijgewerkt.');
      return 0;
    case 'seed': {
      await runMigrations(targets.admin);
      let database = await openAppDatabase(targets.app);
      try {
        if (!(await isEmpty(database.db))) {
          console.error('De database bevat al gegevens; de demo wordt alleen in een lege database geladen.');
          return 1;
        }
        // Reference data is written by the schema owner; on PGlite not while the app has the folder open.
        await database.close();
        await importDemoReferenceData(targets.admin);
        database = await openAppDatabase(targets.app);
        const counts = await seedFullDemo(database.db, generateDemo(undefined, values.clients ? Number(values.clients) : undefined));
        console.log(
          `Demo geladen: ${counts.organisations} organisaties, ${counts.users} gebruikers, ${counts.clients + counts.extraClients} cliënten, ${counts.employers} werkgevers, ${counts.vacancies} vacatures, ${counts.trajectories} trajecten (waarvan ${counts.prbParticipants} PRB), en de demo-referentiegegevens (beroepen, Brabantse gemeenten, PC4-gebieden).`,
        );
        printDemoLogins();
        return 0;
      } finally {
        await database.close().catch(() => {}); // may already be closed (reference-data import failed)
      }
    }
    case 'backup': {
      const file = rest[0];
      if (!file) return usage('backup <bestand>');
      const sql = await openAdminSql(targets.admin);
      try {
        const { rows } = await writeBackup(sql, path.resolve(file));
        console.log(`Back-up geschreven naar ${file} (${rows} rijen).`);
        return 0;
      } finally {
        await sql.close();
      }
    }
    case 'restore': {
      const file = rest[0];
      if (!file) return usage('restore <bestand>');
      if (!fs.existsSync(file)) {
        console.error(`Bestand niet gevonden: ${file}`);
        return 1;
      }
      await runMigrations(targets.admin);
      const sql = await openAdminSql(targets.admin);
      try {
        const { rows } = await restoreBackup(sql, path.resolve(file));
        console.log(`Back-up teruggezet (${rows} rijen).`);
        return 0;
      } finally {
        await sql.close();
      }
    }
    case 'import':
      return runImportCommand(rest, targets.admin);
    case 'audit': {
      if (rest[0] !== 'verify') return usage('audit verify');
      const sql = await openAdminSql(targets.admin);
      try {
        const result = await verifyAuditChain(sql);
        if (result.ok) console.log(`Auditlog in orde: ${result.rows} regels, keten ongebroken.`);
        else {
          console.error(`Auditlog NIET in orde (${result.rows} regels):`);
          for (const p of result.problems) console.error(`  - ${p}`);
        }
        return result.ok ? 0 : 2;
      } finally {
        await sql.close();
      }
    }
    default:
      console.error(`Onbekende opdracht: ${command}\n`);
      console.log(HELP);
      return 1;
  }
}

function usage(text: string): number {
  console.error(`Gebruik: werkplein ${text}`);
  return 1;
}

function printDemoLogins(): void {
  // The full default demo: client-portal users exist only next to the clients they are linked to.
  const demo = generateDemo();
  const pick = [
    'eindhoven.klantmanager',
    'tilburg.klantmanager',
    'eindhoven.functioneel_beheerder',
    'platform.functioneel_beheerder',
    'stapvoort.jobcoach',
    'eindhoven.beleidsadviseur',
    'eindhoven.prb_werkadviseur',
    'eindhoven.nazorgcoordinator',
    'pi-vught.inrichtingsmedewerker',
    'eindhoven.werkzoekende',
  ];
  console.log(`\nDemo-logins (wachtwoord voor allemaal: ${DEMO_PASSWORD}):`);
  for (const key of pick) {
    const u = demo.users.find((x) => x.key === key);
    if (u) console.log(`  ${u.email.padEnd(52)} ${u.name}`);
  }
  console.log(`  … en één gebruiker per rol per organisatie: <rol>@<organisatie>.demo.werkplein.nl`);
}
