import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { districtsOf } from '../../src/config/settings-file';
import { hubHeaders } from '../../src/hub/page';
import { readProvince } from '../../src/hub/province';
import { ROOT } from '../helpers/paths';

const provinceFile = (text: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'province-'));
  const file = join(dir, 'province.yml');
  writeFileSync(file, text);
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
};

describe('the province file', () => {
  it('reads the shipped example: Taiyuan and the example cities, each at its own origin', () => {
    const province = readProvince(join(ROOT, 'province/province.yml'));
    expect(province.cities.map((city) => city.id)).toEqual(['taiyuan', 'datong', 'changzhi']);
    expect(province.cities[0]).toEqual({ id: 'taiyuan', name: '太原', url: 'https://wenming.taiyuan.example' });
  });

  it.each([
    [
      'name: 全省\ncities:\n  - { id: datong, name: 大同, url: "https://a.example/sub/" }\n',
      'cities 第 1 项（datong）的 url',
    ],
    [
      'name: 全省\ncities:\n  - { id: Datong, name: 大同, url: "https://a.example" }\n',
      'cities 第 1 项的 id“Datong”无效',
    ],
    [
      'name: 全省\ncities:\n  - { id: a, name: 大同, url: "https://a.example" }\n  - { id: b, name: 大同, url: "https://b.example" }\n',
      'name“大同”出现了不止一次',
    ],
    ['cities: []\n', '缺少 name'],
  ])('names the file and the city in what is wrong: %s', (text, message) => {
    const { file, remove } = provinceFile(text);
    try {
      expect(() => readProvince(file)).toThrow(message);
      expect(() => readProvince(file)).toThrow(file);
    } finally {
      remove();
    }
  });

  it('gives the hub a CSP that lets it read every city and run WebAssembly, and no script from elsewhere', () => {
    const csp = hubHeaders(readProvince(join(ROOT, 'province/province.yml')))['Content-Security-Policy']!;
    expect(csp).toContain(
      "connect-src 'self' https://wenming.taiyuan.example https://wenming.datong.example https://wenming.changzhi.example",
    );
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });
});

describe("a city's districts", () => {
  it.each([
    [undefined, '没有填写'],
    [[{ name: '平城区', slug: 'Ping Cheng' }], '“平城区”的网址名（slug）“Ping Cheng”无效'],
    [
      [
        { name: '平城区', slug: 'a' },
        { name: '平城区', slug: 'b' },
      ],
      '“平城区”出现了不止一次',
    ],
  ])('are refused with the file and the district named: %j', (value, message) => {
    expect(() => districtsOf(value, 'cities/datong/settings/site.yml')).toThrow(message);
    expect(() => districtsOf(value, 'cities/datong/settings/site.yml')).toThrow('cities/datong/settings/site.yml');
  });
});

describe('CITY=datong', () => {
  afterEach(() => {
    delete process.env.CITY;
    vi.resetModules();
  });

  it("gives the CMS 大同's districts and its folders under cities/datong/", async () => {
    process.env.CITY = 'datong';
    vi.resetModules();
    const { DISTRICTS } = await import('../../src/config/taxonomy');
    const { decapConfig } = await import('../../src/schema/to-decap');
    const { declarations } = await import('../../src/schema/collections');
    const { backendFromEnv } = await import('../../admin/backend');
    expect(DISTRICTS[0]).toEqual({ name: '平城区', slug: 'pingcheng' });
    const config = decapConfig(declarations, backendFromEnv({}), 'http://127.0.0.1:8081/api/v1');
    expect(config.media_folder).toBe('cities/datong/media');
    const stories = config.collections.find((collection) => collection.name === 'stories')!;
    expect(stories.folder).toBe('cities/datong/stories');
    const district = (stories.fields as { name: string; options?: { value: string }[] | string[] }[]).find(
      (field) => field.name === 'district',
    )!;
    const options = (district.options ?? []).map((option) => (typeof option === 'string' ? option : option.value));
    expect(options).toContain('平城区');
    expect(options).not.toContain('小店区');
  });
});
