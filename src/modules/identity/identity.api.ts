import { z } from 'zod';
import { ROLES } from '../../kernel/roles.ts';
import { emailField, text, uuidField } from '../../platform/http/fields.ts';
import { PASSWORD_MIN_LENGTH } from './password.ts';

export const LoginInput = z
  .strictObject({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(1024) })
  .meta({ id: 'LoginInput' });

export const Session = z
  .object({
    user: z.object({
      id: z.uuid(),
      email: z.string(),
      name: z.string(),
      roles: z.array(z.enum(ROLES)),
      organisation: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }),
    }),
    csrfToken: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'Session' });

const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: `Een wachtwoord heeft minimaal ${PASSWORD_MIN_LENGTH} tekens.` })
  .max(256);
const roles = z
  .array(z.enum(ROLES))
  .min(1)
  .max(ROLES.length)
  .transform((r) => [...new Set(r)]);

export const UserInput = z
  .strictObject({ email: emailField, name: text(120), organisationId: uuidField, roles, password })
  .meta({ id: 'UserInput' });
export const UserPatch = z
  .strictObject({ name: text(120).optional(), roles: roles.optional(), active: z.boolean().optional(), password: password.optional() })
  .meta({ id: 'UserPatch' });

export const User = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    roles: z.array(z.enum(ROLES)),
    organisationId: z.uuid(),
    organisationName: z.string(),
    active: z.boolean(),
    lastLoginAt: z.string().nullable(),
  })
  .meta({ id: 'User' });

export const UserListQuery = z.strictObject({ organisationId: uuidField.optional() });

export const OidcProviderInfo = z.object({ id: z.string(), name: z.string() }).meta({ id: 'OidcProvider' });
