/**
 * The chart of docs/performance.md: build time and peak memory against the number of entries,
 * drawn as SVG from the benchmark's results.
 *
 *   npx tsx docs/performance-chart.ts            # reads bench-results/*.json (npm run bench -- --entries N --rebuild)
 *
 * Writes docs/performance-runs.json (the figures charted, so the chart can be drawn again without
 * the runs) and docs/performance-chart.svg. With no results in bench-results/, draws from
 * docs/performance-runs.json.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RESULTS = join(ROOT, 'bench-results');
const RUNS = join(ROOT, 'docs/performance-runs.json');
const CHART = join(ROOT, 'docs/performance-chart.svg');

/** One benchmark run, as charted. */
export interface ChartRun {
  readonly entries: number;
  readonly pages: number;
  readonly coldSeconds: number;
  readonly cpuSeconds: number;
  readonly rebuildSeconds?: number;
  readonly peakTreeGB: number;
  readonly peakMainGB: number;
  /** 1-minute load average before and after the cold build (the machine is shared). */
  readonly load: readonly [number, number];
}

interface BenchJson {
  entries: number;
  cold: {
    pages: number;
    cpuSeconds: number;
    phases: { total: number };
    peakRssMB: { tree: number; main: number };
    load: number[];
  };
  rebuild?: { phases: { total: number } };
}

const GB = 1024;
/** Height of the chart (both panels), in pixels. */
const HEIGHT = 360;
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The runs in bench-results/ (a run with --rebuild preferred over one without, for the same N). */
function runsFromResults(): ChartRun[] {
  if (!existsSync(RESULTS)) return [];
  const byEntries = new Map<number, ChartRun>();
  for (const name of readdirSync(RESULTS)
    .filter((file) => /^\d+(-rebuild)?\.json$/.test(file))
    .sort()) {
    const result = JSON.parse(readFileSync(join(RESULTS, name), 'utf8')) as BenchJson;
    const run: ChartRun = {
      entries: result.entries,
      pages: result.cold.pages,
      coldSeconds: result.cold.phases.total,
      cpuSeconds: result.cold.cpuSeconds,
      rebuildSeconds: result.rebuild?.phases.total,
      peakTreeGB: round(result.cold.peakRssMB.tree / GB),
      peakMainGB: round(result.cold.peakRssMB.main / GB),
      load: [result.cold.load[0]!, result.cold.load[3]!],
    };
    if (!byEntries.get(run.entries)?.rebuildSeconds || run.rebuildSeconds) byEntries.set(run.entries, run);
  }
  return [...byEntries.values()].sort((a, b) => a.entries - b.entries);
}

/** Round axis maximum and step for values up to `max`. */
function axis(max: number): { top: number; step: number } {
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw)!;
  return { top: Math.ceil(max / step) * step, step };
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const thousands = (value: number) => value.toLocaleString('en-US');

interface Series {
  readonly label: string;
  readonly color: string;
  readonly dashed?: boolean;
  readonly points: readonly (readonly [number, number])[];
}

/** One panel: x = entries, y = the series' values, with axes, grid, points and a legend. */
function panel(
  x0: number,
  y0: number,
  width: number,
  height: number,
  title: string,
  unit: string,
  series: readonly Series[],
  maxEntries: number,
): string {
  const left = x0 + 56;
  const right = x0 + width - 28;
  const top = y0 + 34;
  const bottom = y0 + height - 42 - 16 * series.length;
  // Headroom above the highest point, so no point sits on the frame.
  const yAxis = axis(1.1 * Math.max(...series.flatMap((s) => s.points.map(([, y]) => y))));
  const xAxis = axis(maxEntries);
  const px = (entries: number) => left + ((right - left) * entries) / xAxis.top;
  const py = (value: number) => bottom - ((bottom - top) * value) / yAxis.top;
  const parts = [
    `<text x="${x0 + width / 2}" y="${y0 + 18}" text-anchor="middle" font-weight="bold">${escape(title)}</text>`,
  ];
  for (let value = 0; value <= yAxis.top + 1e-9; value += yAxis.step) {
    parts.push(`<line x1="${left}" x2="${right}" y1="${py(value)}" y2="${py(value)}" stroke="#ddd"/>`);
    parts.push(`<text x="${left - 6}" y="${py(value) + 4}" text-anchor="end">${round(value, 2)}</text>`);
  }
  for (let value = 0; value <= xAxis.top + 1e-9; value += xAxis.step) {
    parts.push(`<line x1="${px(value)}" x2="${px(value)}" y1="${bottom}" y2="${bottom + 4}" stroke="#555"/>`);
    parts.push(`<text x="${px(value)}" y="${bottom + 17}" text-anchor="middle">${thousands(value)}</text>`);
  }
  parts.push(
    `<line x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}" stroke="#555"/><line x1="${left}" x2="${left}" y1="${top}" y2="${bottom}" stroke="#555"/>`,
  );
  parts.push(`<text x="${(left + right) / 2}" y="${bottom + 34}" text-anchor="middle">entries</text>`);
  parts.push(
    `<text transform="translate(${x0 + 14} ${(top + bottom) / 2}) rotate(-90)" text-anchor="middle">${escape(unit)}</text>`,
  );
  series.forEach((s, index) => {
    const path = s.points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(px(x), 1)} ${round(py(y), 1)}`).join(' ');
    parts.push(
      `<path d="${path}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
    );
    for (const [x, y] of s.points)
      parts.push(
        `<circle cx="${round(px(x), 1)}" cy="${round(py(y), 1)}" r="3.5" fill="${s.color}"><title>${thousands(x)} entries: ${y} ${escape(unit)}</title></circle>`,
      );
    // The legend goes under the axis, where it hides no point.
    const ly = bottom + 44 + index * 16;
    parts.push(
      `<line x1="${left + 10}" x2="${left + 34}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
    );
    parts.push(`<text x="${left + 40}" y="${ly + 4}">${escape(s.label)}</text>`);
  });
  return parts.join('\n');
}

/** The chart: time on the left, memory on the right. */
export function chartSvg(runs: readonly ChartRun[]): string {
  if (runs.length === 0)
    throw new Error('no benchmark runs to chart: run npm run bench -- --entries N --rebuild first');
  const maxEntries = Math.max(...runs.map((run) => run.entries));
  const rebuilt = runs.filter((run) => run.rebuildSeconds !== undefined);
  const time = panel(
    0,
    0,
    440,
    HEIGHT,
    'Build time',
    'seconds',
    [
      { label: 'cold build (wall)', color: '#b22222', points: runs.map((run) => [run.entries, run.coldSeconds]) },
      {
        label: 'cold build (CPU s of the tree)',
        color: '#e08a2c',
        dashed: true,
        points: runs.map((run) => [run.entries, run.cpuSeconds]),
      },
      ...(rebuilt.length > 0
        ? [
            {
              label: 'one-entry rebuild (wall)',
              color: '#2a6fb0',
              points: rebuilt.map((run) => [run.entries, run.rebuildSeconds!] as const),
            },
          ]
        : []),
    ],
    maxEntries,
  );
  const memory = panel(
    460,
    0,
    440,
    HEIGHT,
    'Peak memory (RSS) of the cold build',
    'GB',
    [
      {
        label: 'process tree (Node + Pagefind)',
        color: '#b22222',
        points: runs.map((run) => [run.entries, run.peakTreeGB]),
      },
      {
        label: 'main Node process',
        color: '#2a6fb0',
        dashed: true,
        points: runs.map((run) => [run.entries, run.peakMainGB]),
      },
    ],
    maxEntries,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="${HEIGHT}" viewBox="0 0 900 ${HEIGHT}" font-family="sans-serif" font-size="12" fill="#222">\n` +
    `<rect width="900" height="${HEIGHT}" fill="#fff"/>\n${time}\n${memory}\n</svg>\n`
  );
}

async function main() {
  const fromResults = runsFromResults();
  const runs: ChartRun[] =
    fromResults.length > 0 ? fromResults : (JSON.parse(readFileSync(RUNS, 'utf8')) as ChartRun[]);
  // In the repository's Prettier style, so `npm run lint` passes on the file as written.
  if (fromResults.length > 0)
    writeFileSync(RUNS, await format(JSON.stringify(runs), { ...(await resolveConfig(RUNS)), filepath: RUNS }));
  writeFileSync(CHART, chartSvg(runs));
  console.log(`${CHART}: ${runs.map((run) => run.entries).join(', ')} entries`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
