import type { ActiveOptions } from '@tanstack/react-router';
import type { SessionUser } from '../api/index.ts';

/** One link in the main navigation. Layout shows the entries of all features, sorted by `order`. */
export interface NavEntry {
  /** An app path; Layout's <Link> checks it against the route tree. */
  readonly to: string;
  /** A key of the dictionary; Layout's t() checks it. */
  readonly labelKey: string;
  readonly visible: (user: SessionUser) => boolean;
  readonly activeOptions?: ActiveOptions;
  readonly order: number;
}

/** A feature's texts: English has exactly the keys of Dutch. */
export interface FeatureMessages<K extends string = string> {
  readonly nl: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

/**
 * One capability of the web app, from one folder: its texts, its entries in the main navigation and
 * (optionally) a `routes` builder that app/router.tsx calls with the parent routes it hangs under.
 */
export interface Feature {
  readonly name: string;
  readonly messages?: FeatureMessages;
  readonly nav?: readonly NavEntry[];
  readonly routes?: (...args: never[]) => readonly unknown[];
}

/** Keeps the literal types (paths, message keys, routes) so the router, Layout and the dictionary can check them. */
export function defineFeature<const F extends Feature>(feature: F): F {
  return feature;
}
