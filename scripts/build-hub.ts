/**
 * `npm run build:hub`: the province hub (docs/province.md), one search over every city's site,
 * from province/province.yml (or PROVINCE_CONFIG) into dist-hub/ (or HUB_OUT_DIR).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHub } from '../src/hub/build';
import { readProvince } from '../src/hub/province';

const root = fileURLToPath(new URL('..', import.meta.url));
const configFile = resolve(process.env.PROVINCE_CONFIG ?? `${root}/province/province.yml`);
const outDir = resolve(process.env.HUB_OUT_DIR ?? `${root}/dist-hub`);
try {
  const province = readProvince(configFile);
  await buildHub(root, province, outDir);
  console.log(
    `[build:hub] ${province.name}: ${province.cities.map((city) => `${city.name} ${city.url}`).join('，')} → ${outDir}`,
  );
} catch (error) {
  console.error(`[build:hub] ${(error as Error).message}`);
  process.exitCode = 1;
}
