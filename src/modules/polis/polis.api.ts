import { z } from 'zod';
import { isoDate, optionalText, text, uuidField } from '../../platform/http/fields.ts';
import { POLIS_PARTIES, POLIS_STATUSES, STEP_RESPONSIBLE } from './polis.rules.ts';

const Rung = z.number().int().min(1).max(6);
const obligations = z.array(text(1000)).min(1).max(20);

export const PolisStepInput = z
  .strictObject({
    description: text(1000),
    /** A trajectory of this client the step belongs to; absent or null for an action without one. */
    trajectoryId: uuidField.nullish().transform((v) => v ?? null),
    responsible: z.enum(STEP_RESPONSIBLE),
    startDate: isoDate,
    dueDate: isoDate,
  })
  .refine((s) => s.dueDate >= s.startDate, {
    message: 'De uiterste datum ligt vóór de startdatum.',
    path: ['dueDate'],
    params: { code: 'before_start' },
  })
  .meta({ id: 'PolisStepInput' });

const content = {
  municipalityObligations: obligations,
  clientObligations: obligations,
  goalRung: Rung,
  steps: z.array(PolisStepInput).min(1).max(30),
};

/** The first draft of a client's polis. */
export const PolisDraftInput = z.strictObject({ ...content, changeNote: optionalText(2000) }).meta({ id: 'PolisDraftInput' });
export type PolisDraftInput = z.output<typeof PolisDraftInput>;

/** A new version of a polis: all content again (nothing is copied implicitly) and what changed. */
export const PolisVersionInput = z.strictObject({ ...content, changeNote: text(2000) }).meta({ id: 'PolisVersionInput' });
export type PolisVersionInput = z.output<typeof PolisVersionInput>;

/** Replaces the content of a draft nobody has signed yet; revision is the one the editor loaded. */
export const PolisDraftUpdate = z
  .strictObject({ ...content, changeNote: optionalText(2000), revision: z.number().int().min(1) })
  .meta({ id: 'PolisDraftUpdate' });
export type PolisDraftUpdate = z.output<typeof PolisDraftUpdate>;

/**
 * Signing. revision (optional, recommended): the revision the signer read; when the draft was changed
 * since, the signature is refused (409) so nobody signs content they have not seen.
 */
export const PolisSignInput = z.strictObject({ revision: z.number().int().min(1).optional() }).meta({ id: 'PolisSignInput' });
export type PolisSignInput = z.output<typeof PolisSignInput>;

export const PolisStep = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    description: z.string(),
    trajectoryId: z.uuid().nullable(),
    /** The trajectory's instrument and start date, for display; null without a trajectory. */
    trajectoryLabel: z.string().nullable(),
    responsible: z.enum(STEP_RESPONSIBLE),
    startDate: z.string(),
    dueDate: z.string(),
  })
  .meta({ id: 'PolisStep' });

export const PolisSignature = z
  .object({
    party: z.enum(POLIS_PARTIES),
    signerName: z.string(),
    signedAt: z.string(),
    contentHash: z.string(),
  })
  .meta({ id: 'PolisSignature' });

export const PolisVersion = z
  .object({
    id: z.uuid(),
    versionNumber: z.number().int(),
    /** draft (0 or 1 signature), signed (both parties), superseded (a newer version was made or signed). */
    status: z.enum(POLIS_STATUSES),
    municipalityObligations: z.array(z.string()),
    clientObligations: z.array(z.string()),
    goalRung: Rung,
    changeNote: z.string().nullable(),
    steps: z.array(PolisStep),
    /** Who signed when, oldest first. */
    signatures: z.array(PolisSignature),
    /** SHA-256 of the signed content, set at the first signature; null while nobody signed. */
    contentHash: z.string().nullable(),
    createdAt: z.string(),
    createdByName: z.string(),
    /** When the second party signed. */
    signedAt: z.string().nullable(),
    revision: z.number().int(),
  })
  .meta({ id: 'PolisVersion' });
export type PolisVersion = z.input<typeof PolisVersion>;

export const Polis = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    clientDisplayName: z.string(),
    organisationName: z.string(),
    /** Newest first: the history of who signed what when. */
    versions: z.array(PolisVersion),
  })
  .meta({ id: 'Polis' });
export type Polis = z.input<typeof Polis>;
