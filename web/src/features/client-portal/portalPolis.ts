import type { Polis, PolisVersion } from '../../api/index.ts';

export type PortalPolisState =
  | { kind: 'none' }
  /** A version waiting for the client's signature. */
  | { kind: 'toSign'; version: PolisVersion }
  /** The client signed; the municipality has yet to sign. */
  | { kind: 'waiting'; version: PolisVersion }
  /** Both parties signed the newest version. */
  | { kind: 'signed'; version: PolisVersion };

/**
 * What the client should know about their polis first: a version to sign comes before one waiting for the
 * municipality, which comes before the signed one. Versions are newest first.
 */
export function portalPolisState(polisses: readonly Polis[]): PortalPolisState {
  const versions = polisses.flatMap((p) => p.versions);
  const draft = versions.find((v) => v.status === 'draft');
  if (draft) {
    const clientSigned = draft.signatures.some((s) => s.party === 'client');
    return clientSigned ? { kind: 'waiting', version: draft } : { kind: 'toSign', version: draft };
  }
  const signed = versions.find((v) => v.status === 'signed');
  return signed ? { kind: 'signed', version: signed } : { kind: 'none' };
}
