import { describe, expect, it } from 'vitest';
import type { EntryRouteData } from '../../src/data/entry-route';
import { shownKey } from '../../src/data/shown-key';

/**
 * An entry page's cache key is a hash of its route data (src/data/entry-route.ts), which holds
 * everything the page shows. Whatever changes in that object must change the key: here every leaf
 * of a route that has every field is changed in turn. An entry inside the route stands for its
 * identity and front matter (its text is `body.digest`), so the fixtures' entries carry just those.
 */

const image = (name: string) => ({
  src: { src: `/_astro/${name}.abc123.jpg`, width: 1200, height: 800, format: 'jpg' as const },
  alt: `${name}的图片`,
});
const entry = (collection: string, id: string, data: Record<string, unknown>) => ({ collection, id, data }) as never;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Required<…>: a field added to EntryRouteData must be added here too, or the type check fails.
const route: Required<EntryRouteData> = {
  entry: entry('knowledge', 'hand-washing', {
    title: '正确洗手',
    published: day('2020-02-05'),
    tags: ['洗手'],
    cover: image('cover'),
  }),
  section: { label: '防疫知识', href: '/knowledge/' },
  body: { digest: 'f00d', textLength: 1234 },
  url: 'https://wenming.taiyuan.example/knowledge/hand-washing/',
  withdrawn: false,
  searchable: true,
  image: image('cover'),
  photos: [image('photo-1'), image('photo-2')],
  validity: { label: '已废止', warning: true, since: day('2020-06-01') },
  replacement: { href: '/notices/new-plan/', title: '新方案' },
  review: { state: 'withdrawn', reason: '内容有误', newer: { href: '/knowledge/new/', title: '新版' } },
  posterArticle: {
    link: { href: '/knowledge/masks/', title: '戴口罩' },
    currency: { label: '已过审核期', warning: true, since: day('2020-05-01') },
  },
  poster: {
    entry: entry('posters', 'wear-masks', { title: '戴口罩', headline: '出门戴口罩' }),
    content: {
      id: 'wear-masks',
      sourceFile: 'content/posters/wear-masks.md',
      title: '戴口罩',
      headline: '出门戴口罩',
      slogans: ['戴口罩'],
      points: ['要点一'],
      theme: 'red',
      topic: '个人防护',
      organizer: '太原市文明办',
      siteName: '太原文明网',
      published: '2020年2月25日',
      publishedIso: '2020-02-25',
      qrUrl: 'https://wenming.taiyuan.example/knowledge/masks/',
      picture: { file: '/content/media/masks.jpg', alt: '口罩', credit: '太原市文明办' },
    },
  },
  broadcast: {
    kind: '广播稿',
    audience: ['村民'],
    length: { characters: 300, pace: 200, seconds: 90, time: '约 1 分 30 秒' },
    downloads: {
      txt: {
        kind: 'txt',
        label: '文本',
        description: '纯文本',
        suffix: '.txt',
        mediaType: 'text/plain',
        name: 'a.txt',
        path: '/broadcasts/files/a.txt',
        bytes: 900,
        size: '1 KB',
      },
    } as never,
  },
  campaign: {
    kind: '文明城市',
    checkpoints: ['要点'],
    checkpointsSource: '测评体系',
    stories: { entries: [entry('stories', 'police', { title: '民警', district: '小店区' })], total: 9 },
    updates: { entries: [entry('updates', 'yangqu', { title: '阳曲县', district: '阳曲县' })], total: 3 },
    posters: {
      cards: [
        {
          poster: entry('posters', 'open-windows', { title: '开窗' }),
          content: { id: 'open-windows', qrUrl: 'https://x.example/a/' } as never,
          articleCurrency: { label: '已撤回', warning: true },
        },
      ],
      total: 1,
    },
  },
  hotlines: [{ name: '疫情防控热线', number: '0351-12345' }],
  attachments: [
    {
      title: '方案',
      href: '/_astro/plan.123.pdf',
      downloadName: '方案.pdf',
      type: 'PDF',
      mime: 'application/pdf',
      size: '86 KB',
      pages: 3,
    },
  ],
  video: {
    title: '视频',
    src: '../media/a.mp4',
    captions: '../media/a.vtt',
    poster: '../media/a.jpg',
    transcript: '文字稿',
    fileStamps: ['../media/a.mp4@1:2'],
  },
  related: [entry('customs', 'funerals-simple', { title: '丧事简办', tags: ['丧事'] })],
  meta: [
    { label: '来源', value: '太原市卫生健康委员会', href: 'https://wjw.example/', external: true },
    { label: '发布日期', value: day('2020-02-05') },
  ],
  tags: ['洗手', '七步洗手法'],
  nominate: true,
  correctionHref: 'mailto:wmb@example.cn?subject=纠错',
};

type Path = (string | number)[];

/** Every leaf (string, number, boolean, date) of a value, by its path. */
function leaves(value: unknown, path: Path = []): Path[] {
  if (value instanceof Date || typeof value !== 'object' || value === null) return [path];
  return Object.entries(value).flatMap(([key, child]) =>
    leaves(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}

const changed = (leaf: unknown): unknown =>
  leaf instanceof Date
    ? new Date(leaf.getTime() + 86_400_000)
    : typeof leaf === 'string'
      ? `${leaf}改`
      : typeof leaf === 'number'
        ? leaf + 1
        : typeof leaf === 'boolean'
          ? !leaf
          : '新';

/** A copy of the route (new objects throughout, as a new build's entries are) with one leaf changed. */
function withLeafChanged(path: Path): unknown {
  const copy = structuredClone(route) as Record<string | number, unknown>;
  const parent = path
    .slice(0, -1)
    .reduce<Record<string | number, unknown>>((object, key) => object[key] as Record<string | number, unknown>, copy);
  const last = path.at(-1)!;
  parent[last] = changed(parent[last]);
  return copy;
}

describe('the cache key of an entry page', () => {
  const key = shownKey(route);
  const paths = leaves(route);

  it('is the same for the same route data, built afresh', () => {
    expect(shownKey(structuredClone(route))).toBe(key);
  });

  it('changes when any field the page shows changes', () => {
    expect(paths.length).toBeGreaterThan(80);
    const unchanged = paths.filter((path) => shownKey(withLeafChanged(path)) === key).map((path) => path.join('.'));
    expect(unchanged, 'fields whose change leaves the key alone').toEqual([]);
  });

  it('changes when a part of the page appears or goes', () => {
    for (const field of Object.keys(route) as (keyof EntryRouteData)[]) {
      const { [field]: _gone, ...without } = route;
      expect(shownKey(without), field).not.toBe(key);
    }
  });

  it('does not change with the text of an entry the page only links to (its own text is body.digest)', () => {
    const related = route.related.map((other) => ({
      ...(other as object),
      digest: 'another text',
      rendered: { html: '<p>另一段正文</p>' },
    }));
    expect(shownKey({ ...route, related })).toBe(key);
  });
});
