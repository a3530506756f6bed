/**
 * Flags for the system Chromium in tests and scripts: this machine reaches no outside host, so
 * everything that would call one (updates, sync, QUIC probes) is off.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
