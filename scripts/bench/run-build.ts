import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** The memory of the build at one moment (ms since the build started; bytes). */
export interface MemorySample {
  readonly at: number;
  /** Sum of VmRSS over the process tree. */
  readonly tree: number;
  /** VmRSS of the main Node process. */
  readonly main: number;
}

/** One line the build printed, with when the benchmark received it (ms since the build started). */
export interface StampedLine {
  readonly at: number;
  readonly text: string;
}

export interface BuildRun {
  readonly code: number | null;
  readonly wallMs: number;
  readonly lines: readonly StampedLine[];
  /** Largest sum of VmRSS over the build's process tree, sampled every 100 ms (bytes). */
  readonly peakTreeRssBytes: number;
  /** VmHWM of the main Node process: its own peak RSS, exact (bytes). */
  readonly peakMainRssBytes: number;
  /**
   * CPU time (user + system) of the process tree, as last sampled (seconds). Unlike wall time it
   * hardly depends on what else the machine runs: CPU seconds / cores bounds the wall time on an idle machine.
   */
  readonly cpuSeconds: number;
  /** The memory samples (every 100 ms), to tell which phase the peak falls in. */
  readonly memory: readonly MemorySample[];
}

/** utime + stime of a process in seconds (`/proc/<pid>/stat`, clock ticks of 1/100 s), or 0. */
function cpuOf(pid: number): number {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** `/proc/<pid>/status` fields in bytes, or undefined when the process is gone. */
function status(pid: number): { rss: number; hwm: number; ppid: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM'), ppid: Number(/^PPid:\s+(\d+)/m.exec(text)?.[1] ?? 0) };
  } catch {
    return undefined;
  }
}

/** The process and all its descendants (the Pagefind binary, sharp's threads live in the process). */
function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const ppid = status(Number(name))?.ppid;
    if (ppid) children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  const found: number[] = [];
  const visit = (pid: number) => {
    found.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return found;
}

/**
 * Runs `astro build` in `cwd` as a person would (clean environment, no Node flags), stamps every
 * line it prints, and samples the memory of its process tree.
 */
export function runBuild(astroBin: string, cwd: string, env: NodeJS.ProcessEnv, echo = false): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [astroBin, 'build'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: StampedLine[] = [];
    let peakTree = 0;
    let peakMain = 0;
    const memory: MemorySample[] = [];
    const cpu = new Map<number, number>();
    let pending = '';
    const onData = (chunk: Buffer) => {
      const at = performance.now() - started;
      pending += chunk.toString('utf8');
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const text of parts) {
        lines.push({ at, text });
        if (echo) process.stdout.write(`${text}\n`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const sample = () => {
      if (!child.pid) return;
      const main = status(child.pid);
      if (!main) return;
      peakMain = Math.max(peakMain, main.hwm);
      const pids = tree(child.pid);
      for (const pid of pids) cpu.set(pid, Math.max(cpu.get(pid) ?? 0, cpuOf(pid)));
      const total = pids.reduce((sum, pid) => sum + (status(pid)?.rss ?? 0), 0);
      peakTree = Math.max(peakTree, total);
      memory.push({ at: performance.now() - started, tree: total, main: main.rss });
    };
    const timer = setInterval(sample, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (pending) lines.push({ at: performance.now() - started, text: pending });
      resolve({
        code,
        wallMs: performance.now() - started,
        lines,
        peakTreeRssBytes: peakTree,
        peakMainRssBytes: peakMain,
        memory,
        cpuSeconds: Math.round([...cpu.values()].reduce((sum, value) => sum + value, 0) * 10) / 10,
      });
    });
  });
}
