import { z } from 'zod';
import { emailField, text } from '../../platform/http/fields.ts';

export const PortalAccountInput = z.strictObject({
  email: emailField,
  /** The first password; the client changes it after the first login. At least 12 characters. */
  password: z.string().min(12, { message: 'Een wachtwoord heeft minstens 12 tekens.' }).max(200),
});
export type PortalAccountInput = z.output<typeof PortalAccountInput>;

export const PortalAccount = z.object({
  userId: z.uuid(),
  clientId: z.uuid(),
  email: z.string(),
});
export type PortalAccount = z.input<typeof PortalAccount>;

/** Whether the client has a portal account (for the case manager: show the account or the form to open one). */
export const PortalAccountStatus = z.object({
  exists: z.boolean(),
  email: z.string().nullable(),
  linkedAt: z.string().nullable(),
});
export type PortalAccountStatus = z.input<typeof PortalAccountStatus>;

/** What the client sees about themself in the portal. */
export const PortalProfile = z.object({
  clientId: z.uuid(),
  displayName: text(300),
  organisationName: z.string(),
});
export type PortalProfile = z.input<typeof PortalProfile>;
