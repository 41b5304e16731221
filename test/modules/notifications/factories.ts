import type { Role } from '../../../src/kernel/roles.ts';
import { findUserByEmail } from '../../../src/modules/identity/index.ts';
import type { TestApp } from '../../harness.ts';
import type { World } from '../../factories.ts';

/** A fresh notification for the user with this role in this organisation; returns its id. */
export async function notificationFor(c: { t: TestApp; world: World; org: keyof World['orgs']; role: Role }): Promise<string> {
  const user = await findUserByEmail(c.t.services.database.db, c.world.email(c.org, c.role));
  const { id } = await c.t.services.notifications.notify(undefined, {
    userId: user!.id,
    kind: 'test.sample',
    title: 'Er staat iets voor je klaar',
    linkPath: '/',
  });
  return id;
}
