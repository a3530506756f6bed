import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSampleCity, type SampleCity } from '../../scripts/province/sample-city';
import { hubHeaders } from '../../src/hub/page';
import { readProvince } from '../../src/hub/province';
import { CHROMIUM, launchBrowser } from '../helpers/browser';
import { cliEnv, runAstro } from '../helpers/build';
import { NGINX, startNginx } from '../helpers/nginx';
import { ROOT } from '../helpers/paths';
import { copyProject } from '../helpers/project-copy';
import { serveDist } from '../helpers/serve';

/**
 * The province hub (docs/province.md) end to end: three small city sites built in parallel (each
 * `CITY=<id> npm run build` in a copy of its own), each behind the shipped nginx config on its own
 * loopback port (separate origins, as on separate hosts), and the hub built by `npm run build:hub`
 * and served with its own headers (CSP naming the city origins). About 3–4 minutes on the 2-core
 * CI machine, nearly all of it the three builds.
 */

const article = (slug: string, title: string, body: string) => ({
  slug,
  title,
  summary: `${title}：${body.slice(0, 20)}`,
  body,
});
const CITIES: readonly SampleCity[] = [
  {
    id: 'jincheng',
    name: '晋城',
    siteUrl: 'https://wenming.jincheng.example',
    areaCode: '0356',
    districts: [
      { name: '城区', slug: 'chengqu' },
      { name: '泽州县', slug: 'zezhou' },
    ],
    articles: [
      article('masks', '晋城提醒：佩戴口罩', '乘坐公交车时请佩戴口罩，口罩要盖住口鼻。'),
      article('rites', '晋城倡导文明祭扫', '清明节提倡网上祭扫和鲜花祭扫。'),
    ],
    stories: [
      {
        slug: 'doctor',
        title: '泽州县乡村医生',
        summary: '泽州县一位乡村医生走村入户。',
        body: '泽州县一位乡村医生每天走村入户测体温。',
        district: '泽州县',
      },
    ],
  },
  {
    id: 'shuozhou',
    name: '朔州',
    siteUrl: 'https://wenming.shuozhou.example',
    areaCode: '0349',
    districts: [
      { name: '朔城区', slug: 'shuocheng' },
      { name: '平鲁区', slug: 'pinglu' },
    ],
    articles: [
      article('masks', '朔州提醒：超市购物戴口罩', '在超市购物时请佩戴口罩，与他人保持距离。'),
      article('ventilation', '朔州提醒：开窗通风', '每天开窗通风两到三次。'),
    ],
    stories: [
      {
        slug: 'volunteer',
        title: '平鲁区志愿者',
        summary: '平鲁区一位志愿者代买代送。',
        body: '平鲁区一位志愿者为老人代买蔬菜。',
        district: '平鲁区',
      },
    ],
  },
  {
    id: 'xinzhou',
    name: '忻州',
    siteUrl: 'https://wenming.xinzhou.example',
    areaCode: '0350',
    districts: [
      { name: '忻府区', slug: 'xinfu' },
      { name: '定襄县', slug: 'dingxiang' },
    ],
    articles: [
      article('dining', '忻州倡导使用公筷', '聚餐时请使用公筷公勺，提倡分餐。'),
      article('hand-washing', '忻州提醒：勤洗手', '外出回家后用流动水洗手。'),
    ],
    stories: [
      {
        slug: 'teacher',
        title: '定襄县乡村教师',
        summary: '定襄县一位乡村教师送教上门。',
        body: '定襄县一位乡村教师为学生送教上门。',
        district: '定襄县',
      },
    ],
  },
];

const TSX_CLI = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

function buildHub(configFile: string, outDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX_CLI, 'scripts/build-hub.ts'], {
      cwd: ROOT,
      env: cliEnv({ PROVINCE_CONFIG: configFile, HUB_OUT_DIR: outDir }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe.skipIf(!CHROMIUM || !NGINX)('the province hub searches three city sites on separate origins', () => {
  const cleanups: (() => unknown)[] = [];
  const origins = new Map<string, string>();
  let hubUrl = '';
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    const started = Date.now();
    // Three copies of the project, one per city: parallel builds never share a checkout's .astro/ or caches.
    const copies = CITIES.map((city) => {
      const copy = copyProject();
      cleanups.push(copy.remove);
      writeSampleCity(copy.dir, city);
      return { city, dir: copy.dir };
    });
    const builds = await Promise.all(copies.map(({ city, dir }) => runAstro(['build'], dir, { CITY: city.id })));
    builds.forEach((build, index) =>
      expect(build.code, `CITY=${CITIES[index]!.id} build:\n${build.output.slice(-3000)}`).toBe(0),
    );
    console.log(`[province] three city builds in parallel: ${((Date.now() - started) / 1000).toFixed(0)} s`);

    for (const { city, dir } of copies) {
      const server = await startNginx(join(dir, 'dist'));
      cleanups.push(server.stop);
      origins.set(city.name, server.url);
    }
    const scratch = mkdtempSync(join(tmpdir(), 'province-hub-'));
    cleanups.push(() => rmSync(scratch, { recursive: true, force: true }));
    const configFile = join(scratch, 'province.yml');
    writeFileSync(
      configFile,
      `name: 山西文明网 · 全省搜索\ncities:\n${CITIES.map((city) => `  - { id: ${city.id}, name: ${city.name}, url: '${origins.get(city.name)}' }`).join('\n')}\n`,
    );
    const hubDir = join(scratch, 'dist-hub');
    const hub = await buildHub(configFile, hubDir);
    expect(hub.code, hub.output).toBe(0);
    // The hub's static host sends the headers the build wrote to _headers; serveDist sends the same set.
    const headers = hubHeaders(readProvince(configFile));
    expect(readFileSync(join(hubDir, '_headers'), 'utf8')).toContain(
      `Content-Security-Policy: ${headers['Content-Security-Policy']}`,
    );
    const server = await serveDist(hubDir, headers);
    cleanups.push(server.close);
    hubUrl = server.url;
    browser = await launchBrowser();
    cleanups.push(() => browser.close());
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') console.warn(`[hub console] ${message.text()}`);
    });
    console.log(`[province] set-up with hub build: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }, 900_000);

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  /** Searches on the hub page; the results' city labels and link origins, in order. */
  async function search(query: string, city = ''): Promise<{ city: string; origin: string; title: string }[]> {
    await page.goto(`${hubUrl}/`);
    await page.fill('#hub-q', query);
    await page.selectOption('#hub-city', city);
    await page.click('button[type="submit"]');
    await page.waitForFunction(() =>
      /找到|没有找到|无法/.test(document.querySelector('#hub-status')?.textContent ?? ''),
    );
    const status = await page.textContent('#hub-status');
    expect(status, 'every city site answered').not.toMatch(/无法/);
    return page.$$eval('#hub-results li', (items) =>
      items.map((item) => ({
        city: item.querySelector('.hub-city')?.textContent ?? '',
        origin: new URL(item.querySelector('a')!.href).origin,
        title: item.querySelector('a')!.textContent ?? '',
      })),
    );
  }

  it('the city sites send Access-Control-Allow-Origin for their search index, from the shipped nginx config', async () => {
    for (const origin of origins.values()) {
      const response = await fetch(`${origin}/pagefind/pagefind-entry.json`, { headers: { Origin: hubUrl } });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
    }
  });

  it('finds a word two cities have on both sites, each result linking to its own city’s site', async () => {
    const results = await search('口罩');
    expect(new Set(results.map((result) => result.city))).toEqual(new Set(['晋城', '朔州']));
    for (const result of results) expect(result.origin).toBe(origins.get(result.city));
    expect(results.map((result) => result.title)).toEqual(
      expect.arrayContaining(['晋城提醒：佩戴口罩', '朔州提醒：超市购物戴口罩']),
    );
    // The linked page is the city's own page, served by that city's site.
    await page.click('#hub-results a >> nth=0');
    await page.waitForLoadState('load');
    expect(new URL(page.url()).origin).toBe(results[0]!.origin);
    expect(await page.textContent('h1')).toBe(results[0]!.title);
  });

  it('the city filter keeps one city’s results and counts each city’s', async () => {
    const results = await search('口罩', '朔州');
    expect(results.length).toBeGreaterThan(0);
    expect(new Set(results.map((result) => result.city))).toEqual(new Set(['朔州']));
    for (const result of results) expect(result.origin).toBe(origins.get('朔州'));
    expect(await page.textContent('#hub-city option[value="晋城"]')).toMatch(/晋城（[1-9]\d*）/);
    expect(await page.textContent('#hub-city option[value="忻州"]')).toBe('忻州（0）');
    expect(new URL(page.url()).searchParams.get('city')).toBe('朔州');
  });

  it('finds a word only one city has on that city alone, and each city’s own districts', async () => {
    const results = await search('公筷');
    expect(results.map((result) => result.city)).toEqual(['忻州']);
    expect(results[0]!.origin).toBe(origins.get('忻州'));
    // Districts come from each city's settings: its story is filed under its own district's page.
    const districtPage = await fetch(`${origins.get('忻州')}/stories/district/dingxiang/`);
    expect(districtPage.status).toBe(200);
    expect(await districtPage.text()).toContain('定襄县乡村教师');
    expect((await fetch(`${origins.get('忻州')}/stories/district/xiaodian/`)).status).toBe(404);
  });
});
