import { readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';

/** One city of the province: its site's folder id, its name as readers see it, and its public address. */
export interface ProvinceCity {
  readonly id: string;
  readonly name: string;
  /** The city site's origin, e.g. https://wenming.datong.example (no path, no trailing slash). */
  readonly url: string;
}

export interface Province {
  /** The hub page's title, e.g. 山西文明网 · 全省搜索. */
  readonly name: string;
  readonly cities: readonly ProvinceCity[];
}

/**
 * The province file (province/province.yml, or PROVINCE_CONFIG): what the hub searches. Every
 * mistake is named with the file, the city and the field, in Chinese like the content checks.
 */
export function readProvince(file: string): Province {
  let data: Record<string, unknown>;
  try {
    data = (parseYaml(readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${file}：无法读取全省搜索设置：${(error as Error).message}`, { cause: error });
  }
  const fail = (message: string): never => {
    throw new Error(`${file}：${message}`);
  };
  const name =
    typeof data.name === 'string' && data.name.trim()
      ? data.name.trim()
      : fail('缺少 name（全省搜索页的标题，例如“山西文明网 · 全省搜索”）。');
  if (!Array.isArray(data.cities) || data.cities.length === 0)
    fail('cities 没有列出任何城市。每行写一个城市：- { id: datong, name: 大同, url: https://… }');
  const cities = (data.cities as unknown[]).map((item, index) => {
    const { id, name: cityName, url } = (item ?? {}) as Record<string, unknown>;
    const where = `cities 第 ${index + 1} 项`;
    if (typeof id !== 'string' || !/^[a-z][a-z0-9-]{0,39}$/.test(id))
      fail(
        `${where}的 id“${String(id ?? '')}”无效：应为该市在 cities/ 下的文件夹名，小写字母、数字和连字符（太原为 taiyuan）。`,
      );
    if (typeof cityName !== 'string' || !cityName.trim())
      fail(`${where}（${String(id)}）缺少 name（城市名称，例如“大同”）。`);
    let origin = '';
    try {
      const parsed = new URL(String(url));
      if (
        !/^https?:$/.test(parsed.protocol) ||
        (parsed.pathname !== '/' && parsed.pathname !== '') ||
        parsed.search ||
        parsed.hash
      )
        throw new Error('path');
      origin = parsed.origin;
    } catch {
      fail(
        `${where}（${String(id)}）的 url“${String(url ?? '')}”无效：应为该市网站的地址，https:// 开头，不带路径，例如 https://wenming.datong.example。`,
      );
    }
    return { id: id as string, name: (cityName as string).trim(), url: origin };
  });
  for (const key of ['id', 'name', 'url'] as const) {
    const seen = cities.map((city) => city[key]);
    const repeated = seen.find((value, index) => seen.indexOf(value) !== index);
    if (repeated) fail(`cities 中的 ${key}“${repeated}”出现了不止一次。`);
  }
  return { name, cities };
}
