import { dump } from 'js-yaml';
import { checkEntryText, ENTRY_PAGE_PATTERN, publishedPages } from '../src/checks/entry-check';
import { linkProblems } from '../src/checks/links';
import type { Problem } from '../src/checks/problem';
import type { CmsCheckContext } from '../src/checks/cms-context';
import type { CollectionDeclaration } from '../src/schema/collection';
import { contextValidator, schemaContextOver } from '../src/schema/entry-problems';
import { reportingUnitsOf } from '../src/schema/reporting-unit';
import type { Field } from '../src/schema/fields';
import { contentDir } from '../src/config/content-dir';

/**
 * The content check, run in the editor's browser before Decap saves or publishes an entry: the
 * same code `npm run check` and the build run on the files (src/checks/entry-check.ts, the
 * collection schemas and rules, personal data, links), on the entry as it would be written. A
 * problem stops the save (Decap shows “保存内容失败：…” and sends nothing to the Git backend),
 * with the build's own message, naming the field.
 *
 * What the check needs to know of the repository (hotlines, existing entries, uploaded images)
 * comes from /admin/check-context.json, written by the build (src/checks/cms-context.ts).
 */

/** The parts of Decap's Immutable.js entry the check reads. */
interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: (string | number)[]): unknown;
  deleteIn(path: (string | number)[]): ImmutableLike;
  toJS(): unknown;
}

type Data = Record<string, unknown>;

/** A refusal whose text is the message alone (Decap shows `String(error)` after “保存内容失败:”). */
class CheckRefusal extends Error {
  override toString() {
    return this.message;
  }
}

let context: Promise<CmsCheckContext | undefined> | undefined;
/** The repository facts, fetched once per page load; without them (no build yet) only self-contained checks run. */
function loadContext(): Promise<CmsCheckContext | undefined> {
  context ??= fetch(new URL('check-context.json', new URL('/admin/', window.location.href)), { cache: 'no-store' })
    .then((response) => (response.ok ? (response.json() as Promise<CmsCheckContext>) : undefined))
    .catch(() => undefined);
  return context;
}

const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (typeof value === 'object' &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    Object.values(value as Data).every(isBlank));

/**
 * Paths of values Decap keeps for fields left empty (an optional image whose boxes were cleared is
 * `{ src: '', alt: '' }`): removed before the check and the save, so the file holds only what was
 * filled in, as the build expects.
 */
function blankPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => blankPaths(item, [...path, index]));
  return Object.entries(value as Data).flatMap(([key, item]) =>
    typeof item !== 'boolean' && isBlank(item) ? [[...path, key]] : blankPaths(item, [...path, key]),
  );
}

/** The entry as Decap writes it (front matter and body, or YAML), for the checks that read text. */
function entryText(declaration: CollectionDeclaration, data: Data): string {
  const { body, ...front } = data;
  const yaml = dump(front, { lineWidth: -1, noRefs: true });
  return declaration.format === 'md' ? `---\n${yaml}---\n${typeof body === 'string' ? body : ''}\n` : yaml;
}

/** The label of the field a problem is about: from its key path, or from its line in the text. */
function fieldLabel(declaration: CollectionDeclaration, problem: Problem, text: string): string | undefined {
  const key = problem.field?.split('.')[0] ?? keyAtLine(text, problem.line, declaration.format);
  if (key === 'body') return '正文';
  const field = declaration.fields.find((candidate) => candidate.name === key);
  if (!field) return undefined;
  const sub = problem.field
    ?.split('.')
    .slice(1)
    .find((part) => !/^\d+$/.test(part));
  const child =
    sub && 'fields' in field
      ? (field.fields as readonly Field[]).find((candidate) => candidate.name === sub)
      : undefined;
  return child ? `${field.label} → ${child.label}` : field.label;
}

function keyAtLine(text: string, line: number | undefined, format: 'md' | 'yml'): string | undefined {
  if (line === undefined) return undefined;
  const lines = text.split('\n');
  if (format === 'md') {
    const end = lines.findIndex((candidate, index) => index > 0 && candidate === '---');
    if (line > end + 1) return 'body';
  }
  for (let index = line - 1; index >= 0; index--) {
    const match = /^([A-Za-z_][\w-]*):/.exec(lines[index] ?? '');
    if (match) return match[1];
  }
  return undefined;
}

/** The errors of one entry as the build would find them in its file. */
export async function entryErrors(
  declaration: CollectionDeclaration,
  entry: ImmutableLike,
  data: Data,
): Promise<string[]> {
  const facts = await loadContext();
  const collection = declaration.name;
  const slug = String(entry.get('slug') ?? '') || 'new-entry';
  const file = String(entry.get('path') ?? '') || `${contentDir()}/${collection}/${slug}.${declaration.format}`;
  const draftMedia =
    ((entry.get('mediaFiles') as ImmutableLike | undefined)?.toJS() as
      { path?: string; name?: string }[] | undefined) ?? [];
  const media = new Set([
    ...(facts?.media ?? []),
    ...draftMedia.map((file) => file.name ?? file.path?.split('/').pop() ?? ''),
  ]);
  const settings = collection === 'settings' ? data : undefined;
  const hotlines = settings
    ? ((settings.hotlines as { number?: unknown }[] | undefined) ?? []).map((line) => String(line.number ?? ''))
    : (facts?.hotlines ?? []);
  const smsSignature = String(settings?.smsSignature ?? facts?.smsSignature ?? '【太原市文明办】');
  const reportingUnits = settings ? reportingUnitsOf(settings.reporting) : (facts?.reportingUnits ?? []);
  const validate = contextValidator(
    schemaContextOver(
      { smsSignature, reportingUnits },
      // An image must be an upload in content/media/ (the CMS never writes anything else).
      (src) =>
        !facts || (src.startsWith('../media/') && media.has(decodeURI(src.slice('../media/'.length))))
          ? undefined
          : `找不到图片文件“${src}”。请确认图片已上传，路径相对于本文件填写，例如 ../media/photo.jpg。`,
      (other) =>
        facts
          ? new Set(facts.entries.filter((item) => item.collection === other).map((item) => item.id))
          : ({ has: () => true } as unknown as Set<string>),
      // Attachments, videos and captions too: uploads in content/media/ (their size and type were checked on upload).
      (_kind, src) =>
        !facts || (src.startsWith('../media/') && media.has(decodeURI(src.slice('../media/'.length))))
          ? undefined
          : `找不到文件“${src}”。请先上传到媒体库（content/media），路径填写为 ../media/文件名。`,
    ),
  );
  const text = entryText(declaration, data);
  const findings = checkEntryText(declaration, text, file, hotlines, validate);
  const problems = [...findings.problems];
  if (facts) {
    const pages = publishedPages(facts.entries);
    problems.push(...linkProblems(findings.links, pages, ENTRY_PAGE_PATTERN, new Set(facts.publicFiles)));
  }
  return problems
    .filter((problem) => problem.severity === 'error')
    .map((problem) => {
      const label = fieldLabel(declaration, problem, text);
      return label && !problem.message.includes(`“${label}”`) ? `【${label}】${problem.message}` : problem.message;
    });
}

const refuse = (errors: string[]) => {
  if (errors.length > 0) throw new CheckRefusal(errors.join(' '));
};

interface EventData {
  entry: ImmutableLike;
}

/** preSave and prePublish handlers for `CMS.registerEventListener`. */
export function checkHandlers(declarations: readonly CollectionDeclaration[]) {
  const declarationOf = (entry: ImmutableLike) =>
    declarations.find((declaration) => declaration.name === entry.get('collection'));
  return {
    /** Drops what Decap keeps of fields left empty, then refuses the save if the build would. */
    preSave: async ({ entry }: EventData) => {
      const declaration = declarationOf(entry);
      let data = entry.get('data') as ImmutableLike;
      if (!declaration || !data) return undefined;
      for (const path of blankPaths(data.toJS()).sort((a, b) => b.length - a.length)) data = data.deleteIn(path);
      refuse(await entryErrors(declaration, entry, data.toJS() as Data));
      return data;
    },
    prePublish: async ({ entry }: EventData) => {
      const declaration = declarationOf(entry);
      const data = entry.get('data') as ImmutableLike | undefined;
      if (!declaration || !data) return undefined;
      refuse(await entryErrors(declaration, entry, data.toJS() as Data));
      return undefined;
    },
  };
}
