import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceFingerprint } from '../../src/build-cache/fingerprint';
import { digest } from '../../src/build-cache/hash';
import { fileStamp } from '../../src/build-cache/stamp';
import { placeFolder, readStore, scratchFor, writeFileAtomic, writeStore } from '../../src/build-cache/store';

const STORE = fileURLToPath(new URL('../../src/build-cache/store.ts', import.meta.url));

describe('the build caches’ store (src/build-cache/)', () => {
  const dirs: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('gives back what was stored under the same version, Maps, Sets and Dates included', () => {
    const file = join(folder(), 'deep/er/store.v8');
    const contents = {
      pages: new Map([['a', new Set(['x'])]]),
      when: new Date('2026-12-03T08:00:00Z'),
      text: '文明餐桌',
    };
    writeStore(file, 'v1', contents);
    expect(readStore(file, 'v1')).toEqual(contents);
  });

  it('misses on another version, a missing file and a damaged one, so the caller starts afresh', () => {
    const file = join(folder(), 'store.v8');
    expect(readStore(file, 'v1')).toBeUndefined();
    writeStore(file, 'v1', { a: 1 });
    expect(readStore(file, 'v2')).toBeUndefined();
    writeFileSync(file, readFileSync(file).subarray(0, 5));
    expect(readStore(file, 'v1')).toBeUndefined();
    writeFileSync(file, JSON.stringify({ version: 'v1', contents: { a: 1 } }));
    expect(readStore(file, 'v1')).toBeUndefined();
  });

  it('leaves the old file or the new one, never part of one, when the writing process is killed', async () => {
    const dir = folder();
    const file = join(dir, 'store.v8');
    // Large enough that a write takes a while: the kill lands mid-write in most rounds.
    const old = 'old '.repeat(2_000_000);
    writeStore(file, 'v1', old);
    const child = join(dir, 'writer.ts');
    writeFileSync(
      child,
      `import { writeStore } from ${JSON.stringify(STORE)};\nconst text = 'new '.repeat(2_000_000);\nprocess.stdout.write('ready\\n');\nfor (;;) writeStore(${JSON.stringify(file)}, 'v1', text);\n`,
    );
    for (let round = 0; round < 5; round++) {
      const writer = spawn(process.execPath, ['--import', 'tsx', child], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => writer.stdout.once('data', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, 20 + round * 37));
      writer.kill('SIGKILL');
      await new Promise((resolve) => writer.once('exit', resolve));
      const stored = readStore<string>(file, 'v1');
      expect(
        stored === old || stored === 'new '.repeat(2_000_000),
        `round ${round}: ${String(stored).slice(0, 20)}`,
      ).toBe(true);
    }
  }, 60_000);

  it('writes a plain file atomically and leaves no scratch file behind', () => {
    const dir = folder();
    writeFileAtomic(join(dir, 'a.json'), '{"a":1}');
    writeFileAtomic(join(dir, 'a.json'), '{"a":2}');
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{"a":2}');
    expect(readdirSync(dir)).toEqual(['a.json']);
    expect(scratchFor(join(dir, 'a.json'))).not.toBe(scratchFor(join(dir, 'a.json')));
  });

  it('puts a folder in place whole: replacing one that is there, or keeping it when it holds the same', () => {
    const dir = folder();
    const target = join(dir, 'bundle');
    const fill = (name: string, text: string) => {
      const scratch = scratchFor(target);
      mkdirSync(scratch);
      writeFileSync(join(scratch, name), text);
      return scratch;
    };
    placeFolder(fill('one.js', '1'), target);
    expect(readdirSync(target)).toEqual(['one.js']);
    placeFolder(fill('two.js', '2'), target);
    expect(readdirSync(target)).toEqual(['two.js']);
    placeFolder(fill('three.js', '3'), target, (existing) => existsSync(join(existing, 'two.js')));
    expect(readdirSync(target)).toEqual(['two.js']);
    // Nothing left beside it: no scratch folder, no old copy.
    expect(readdirSync(dir)).toEqual(['bundle']);
  });

  it('hashes with one helper: 32 hex digits, the same for the same parts, different for others', () => {
    expect(digest('文明', 'city')).toMatch(/^[0-9a-f]{32}$/);
    expect(digest('文明', 'city')).toBe(digest(Buffer.from('文明city')));
    expect(digest('a')).not.toBe(digest('b'));
  });

  it('fingerprints code by its bytes: a change or a missing file changes it, the folder it sits in does not', () => {
    const [one, two] = [folder(), folder()];
    for (const dir of [one, two]) writeFileSync(join(dir, 'code.ts'), 'export const a = 1;');
    const print = (dir: string) => sourceFingerprint([join(dir, 'code.ts'), join(dir, 'other.ts')]);
    expect(print(one)).toBe(print(two));
    writeFileSync(join(two, 'other.ts'), '');
    expect(print(two)).not.toBe(print(one));
    writeFileSync(join(one, 'code.ts'), 'export const a = 2;');
    expect(print(one)).not.toBe(sourceFingerprint([join(two, 'code.ts'), join(one, 'other.ts')]));
  });

  it('stamps a file by time and size: a rewrite changes the stamp', async () => {
    const file = join(folder(), 'page.html');
    writeFileSync(file, '<p>1</p>');
    const before = fileStamp(file);
    expect(fileStamp(file)).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 5));
    writeFileSync(file, '<p>2</p>');
    expect(fileStamp(file)).not.toBe(before);
  });
});
