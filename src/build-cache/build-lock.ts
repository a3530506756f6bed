import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Who holds the build lock: a process, told apart from a later one that got the same id. */
export interface LockHolder {
  readonly pid: number;
  /** The process's start time in clock ticks since boot (Linux /proc), when known. */
  readonly startTime?: string | undefined;
  /** When the lock was taken (ISO). */
  readonly since: string;
}

/** The start time of process `pid` and whether it has ended but not been reaped (a zombie), from /proc where there is one. */
function processInfo(pid: number): { startTime: string; zombie: boolean } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { startTime: fields[19] ?? '', zombie: fields[0] === 'Z' };
  } catch {
    return undefined;
  }
}

/** Whether the process that wrote `holder` is still running (not another process given the same id since). */
export function isRunning(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const info = processInfo(holder.pid);
  if (!info) return true;
  return !info.zombie && (holder.startTime === undefined || holder.startTime === info.startTime);
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock file `file` for this process, created atomically (`wx`). A lock left by a process
 * that has ended (killed, crashed) is taken over. Returns the running holder when another process
 * has it, else a function that gives the lock up (also called when this process exits).
 */
export function acquireLock(file: string): { release: () => void } | { holder: LockHolder } {
  mkdirSync(dirname(file), { recursive: true });
  const me: LockHolder = {
    pid: process.pid,
    startTime: processInfo(process.pid)?.startTime,
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      // A lock being written this instant has no holder yet: look again.
      if (holder && isRunning(holder)) return { holder };
      if (!holder && attempt < 2) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
        continue;
      }
      // Moved aside first, so that of two builds finding the same stale lock only one removes it.
      const aside = `${file}.stale-${process.pid}`;
      try {
        renameSync(file, aside);
        rmSync(aside, { force: true });
      } catch {
        // Another build took it over first; the next attempt sees its lock.
      }
      continue;
    }
    const release = () => {
      if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
      process.off('exit', release);
    };
    process.on('exit', release);
    return { release };
  }
  const holder = readHolder(file);
  return { holder: holder ?? { pid: 0, since: '' } };
}
