import type { ShareCardShape, ShareCardSpec } from './shapes';

/**
 * Cards asked for while pages render: ShareMeta.astro tells the share-cards integration each page's
 * card as it renders, so the drawing threads work while Astro renders the next pages on the main
 * thread (the integration draws into its cache; after the build it copies them out, and reads every
 * page's head again to check). Outside a build (dev server, tests) nobody listens and this does nothing.
 */
export interface EarlyCardListener {
  (page: string, key: string, spec: ShareCardSpec, shapes: readonly ShareCardShape[]): void;
}

/** Shared through globalThis: the pages run in other module instances than the integration. */
const LISTENER = Symbol.for('site:share-cards:early');
type Holder = { [LISTENER]?: EarlyCardListener };

/** Called while a page renders; does nothing unless a build listens. */
export function cardRendered(page: string, key: string, spec: ShareCardSpec, shapes: readonly ShareCardShape[]): void {
  (globalThis as Holder)[LISTENER]?.(page, key, spec, shapes);
}

/** Starts (a listener) or stops (undefined) listening for the cards of rendered pages. */
export function listenForCards(listener: EarlyCardListener | undefined): void {
  if (listener) (globalThis as Holder)[LISTENER] = listener;
  else delete (globalThis as Holder)[LISTENER];
}
