/**
 * The name (and contact line) a school or community puts on posters and banners: from the page's
 * link (`?org=…&contact=…`), else as this browser remembers it. Kept only in the browser.
 */
const STORAGE_KEY = 'wenming:poster-cobrand';

export interface Cobrand {
  org: string;
  contact: string;
}

export function readCobrand(): Cobrand {
  const query = new URLSearchParams(location.search);
  // eslint-disable-next-line no-useless-assignment -- harmless; dropping it changes the built script and its name
  let saved: Partial<Cobrand> = {};
  try {
    saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Cobrand>;
  } catch {
    // Storage blocked or unreadable: start with an empty form.
    saved = {};
  }
  return { org: query.get('org') ?? saved.org ?? '', contact: query.get('contact') ?? saved.contact ?? '' };
}

export function saveCobrand(value: Cobrand): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(value));
  } catch {
    // Private mode may refuse storage; printing works all the same.
  }
}
