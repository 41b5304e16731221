// `npm run docs:rls`: migrates a fresh embedded database and writes its row-level-security policies to
// docs/rls-policies.sql (the one readable place for them; a test checks the file against the database).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runMigrations } from '../src/platform/db/database.ts';
import { openAdminSql } from '../src/platform/db/admin.ts';
import { rlsPoliciesDocument } from '../src/platform/db/rls-document.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkplein-rls-'));
try {
  const dataDir = path.join(dir, 'data');
  await runMigrations({ dataDir });
  const admin = await openAdminSql({ dataDir });
  try {
    fs.writeFileSync('docs/rls-policies.sql', await rlsPoliciesDocument(admin));
  } finally {
    await admin.close();
  }
  console.log('docs/rls-policies.sql bijgewerkt.');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
