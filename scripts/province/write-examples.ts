/** Writes the example cities into cities/ (`npx tsx scripts/province/write-examples.ts`). */
import { fileURLToPath } from 'node:url';
import { EXAMPLE_CITIES } from './examples';
import { writeSampleCity } from './sample-city';

const root = fileURLToPath(new URL('../..', import.meta.url));
for (const city of EXAMPLE_CITIES) console.log(writeSampleCity(root, city));
