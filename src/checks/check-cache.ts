import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { digest, readStore, sourceFingerprint, writeStore } from '../build-cache';
import type { FoundImage } from './images';
import type { FoundLink } from './links';
import type { Problem } from './problem';
import { contentDir } from '../config/content-dir';

/** What checking one content file found without looking at other files' contents. */
export interface FileFindings {
  readonly problems: readonly Problem[];
  readonly links: readonly FoundLink[];
  /** The local images the body shows, looked up across files on every check (images.ts). */
  readonly images?: readonly FoundImage[];
  /** The entry's id and front matter, when it parsed: what the checks across entries need. */
  readonly entry?: { readonly id: string; readonly data: Record<string, unknown> };
}

type Files = Record<string, { digest: string; findings: FileFindings }>;

/** The code the checks run (their folders, and the locked versions of zod and js-yaml). */
const CHECK_CODE = ['src/checks', 'src/schema', 'src/config', 'src/lib', 'src/markdown', 'src/mdx'];

const names = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort() : [];

/**
 * Everything one file's findings depend on besides its own bytes: the checks' code, the site
 * settings (public hotlines, rules), and the names of every file under `content/` (entries that
 * relations name, images that entries use). It is the store's version: when any of these changes,
 * every file is checked again.
 * Images outside `content/` are refused (images.ts), and the body images of every entry are looked
 * up again on every check.
 */
export function checkContext(root: string): string {
  const code = CHECK_CODE.flatMap((folder) =>
    names(join(root, folder))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(folder, name)),
  );
  const files = [...code, 'package-lock.json', `${contentDir()}/settings/site.yml`].map((path) => join(root, path));
  return digest(sourceFingerprint(files), names(join(root, contentDir())).join('\n'));
}

/**
 * The findings of each content file at the previous check, kept in a store file in Astro's cache
 * folder (src/build-cache/store.ts): a file with the same digest in the same context is not parsed
 * and validated again. A missing or
 * unreadable cache only means every file is checked afresh.
 */
export class ContentCheckCache {
  private readonly previous: Files;
  private readonly next: Files = {};
  private readonly file: string;
  private readonly context: string;
  hits = 0;

  constructor(file: string, context: string) {
    this.file = file;
    this.context = context;
    this.previous = readStore<Files>(file, context) ?? {};
  }

  /** The findings for `path` with these bytes: from the cache when they are the same as then, else from `check`. */
  findingsOf(path: string, bytes: Uint8Array, check: () => FileFindings): FileFindings {
    const hash = digest(bytes);
    const cached = this.previous[path];
    const findings = cached?.digest === hash ? cached.findings : check();
    if (findings === cached?.findings) this.hits += 1;
    this.next[path] = { digest: hash, findings };
    return findings;
  }

  /**
   * Keeps this check's findings (files gone since are dropped); written whole, then renamed into
   * place. A cache that cannot be written only means the next check reads every file again.
   */
  save(): void {
    try {
      writeStore(this.file, this.context, this.next);
    } catch {
      // Nothing is lost: the check itself is complete.
    }
  }
}
