import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { projectRoot } from 'virtual:wenming/posters-config';
import { renderBroadcastPdf } from '../broadcasts/pdf';
import type { BroadcastPrint } from '../broadcasts/layout';
import { splitFrontMatter } from '../checks/front-matter';
import { describeLength, scriptLength, type ScriptLength } from '../lib/broadcast-length';
import {
  BROADCAST_FILE_FORMATS,
  BROADCAST_FILE_KINDS,
  broadcastFileName,
  broadcastFilePath,
  type BroadcastFileFormat,
  type BroadcastFileKind,
} from '../lib/broadcast-files';
import { scriptParagraphs, scriptText, scriptTxt } from '../lib/broadcast-text';
import { toChineseDay, toIsoDay } from '../lib/dates';
import { absoluteUrl, entryPath } from '../lib/urls';
import { formatFileSize } from '../media/kinds';
import { loadPosterFonts } from '../posters/render/fonts';
import { getSettings } from './entries';

type Broadcast = CollectionEntry<'broadcasts'>;

const scripts = new Map<string, string>();

/**
 * The script as read, from the entry's file: the content store keeps only the rendered HTML
 * (retainBody is off), and the text download, the PDF and the count need the lines as written.
 */
export function getScript(entry: Broadcast): string {
  const file = entry.filePath ?? `content/broadcasts/${entry.id}.md`;
  const cached = scripts.get(file);
  if (cached !== undefined && !import.meta.env.DEV) return cached;
  const source = readFileSync(isAbsolute(file) ? file : join(projectRoot, file), 'utf8')
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n');
  const split = splitFrontMatter(source, file);
  const text = scriptText('body' in split ? split.body : '');
  scripts.set(file, text);
  return text;
}

/** Characters read and reading time at the pace of the script's kind. */
export const getScriptLength = (entry: Broadcast): ScriptLength => scriptLength(getScript(entry), entry.data.kind);

/** The 来源 line of the files: a sample says so. */
const sourceLine = (entry: Broadcast) => `${entry.data.source}${entry.data.sample ? '（示例稿）' : ''}`;

/** The public address of a script's page. */
function pageUrl(entry: Broadcast, site: URL | undefined): string {
  if (!site) throw new Error('astro.config.mjs 中没有设置 site（网站地址），广播稿的网址无法生成。');
  return absoluteUrl(entryPath('broadcasts', entry.id), site);
}

/** The `.txt` download of a script. */
export async function broadcastTxt(entry: Broadcast, site: URL | undefined): Promise<string> {
  const settings = await getSettings();
  const { data } = entry;
  return scriptTxt({
    title: data.title,
    kind: data.kind,
    audience: data.audience,
    topic: data.topic,
    text: getScript(entry),
    length: describeLength(getScriptLength(entry)),
    source: data.source,
    sample: Boolean(data.sample),
    published: toChineseDay(data.published),
    updated: data.updated && toChineseDay(data.updated),
    url: pageUrl(entry, site),
    siteName: settings.shortName,
  });
}

/** What the large-print PDF prints. */
export async function broadcastPrint(entry: Broadcast, site: URL | undefined): Promise<BroadcastPrint> {
  const settings = await getSettings();
  const { data } = entry;
  return {
    sourceFile: entry.filePath ?? `content/broadcasts/${entry.id}.md`,
    title: data.title,
    kind: data.kind,
    audience: data.audience,
    topic: data.topic,
    paragraphs: scriptParagraphs(getScript(entry)),
    length: describeLength(getScriptLength(entry)),
    source: sourceLine(entry),
    published: toChineseDay(data.published),
    publishedIso: toIsoDay(data.published),
    url: pageUrl(entry, site),
    siteName: settings.shortName,
    organizer: settings.organizer,
  };
}

/** One download of a script, with its size for the page. */
export interface BroadcastDownload extends BroadcastFileFormat {
  readonly kind: BroadcastFileKind;
  readonly name: string;
  readonly path: string;
  readonly bytes: number;
  /** `38 KB` */
  readonly size: string;
  readonly data: Uint8Array<ArrayBuffer>;
}

const rendered = new Map<string, Promise<Record<BroadcastFileKind, BroadcastDownload>>>();

/**
 * A script's downloads, made once per build: the page shows their sizes and the file routes write the
 * same bytes to dist/. A PDF of text only takes a few milliseconds, so nothing is cached between builds.
 */
export function getBroadcastDownloads(
  entry: Broadcast,
  site: URL | undefined,
): Promise<Record<BroadcastFileKind, BroadcastDownload>> {
  const key = `${entry.id}\u0000${entry.digest ?? ''}`;
  const cached = rendered.get(key);
  if (cached && !import.meta.env.DEV) return cached;
  const made = (async () => {
    const fonts = loadPosterFonts(projectRoot);
    const bytes: Record<BroadcastFileKind, Uint8Array<ArrayBuffer>> = {
      txt: new TextEncoder().encode(await broadcastTxt(entry, site)),
      pdf: new Uint8Array(await renderBroadcastPdf(await broadcastPrint(entry, site), fonts)),
    };
    const downloads = BROADCAST_FILE_KINDS.map((kind): [BroadcastFileKind, BroadcastDownload] => [
      kind,
      {
        ...BROADCAST_FILE_FORMATS[kind],
        kind,
        name: broadcastFileName(entry.id, kind),
        path: broadcastFilePath(entry.id, kind),
        bytes: bytes[kind].byteLength,
        size: formatFileSize(bytes[kind].byteLength),
        data: bytes[kind],
      },
    ]);
    return Object.fromEntries(downloads) as Record<BroadcastFileKind, BroadcastDownload>;
  })();
  rendered.set(key, made);
  return made;
}
