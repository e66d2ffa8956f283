import { describe, it, expect, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every open, fsync and rename the writer makes, by path, in order.
const calls = vi.hoisted(() => [] as string[]);
vi.mock('../../src/edge/node-modules.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/edge/node-modules.js')>();
  const paths = new Map<number, string>();
  const fs = new Proxy(real.fs, {
    get(target, key: string) {
      const value = (target as unknown as Record<string, unknown>)[key];
      if (typeof value !== 'function') return value;
      const f = value as (...args: unknown[]) => unknown;
      if (key === 'openSync')
        return (...args: unknown[]) => {
          const fd = f.apply(target, args) as number;
          paths.set(fd, String(args[0]));
          return fd;
        };
      if (key === 'fsyncSync')
        return (fd: number) => {
          calls.push(`fsync ${paths.get(fd)}`);
          return f.call(target, fd);
        };
      if (key === 'renameSync')
        return (from: string, to: string) => {
          calls.push(`rename ${from} ${to}`);
          return f.call(target, from, to);
        };
      return f;
    },
  });
  return { ...real, fs };
});

const { writeFileAtomic } = await import('../../src/edge/atomic-write.js');

describe('a save is on disk before it replaces the old file (item 1)', () => {
  it('fsyncs the new file before the rename, and its folder after', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-sync-'));
    writeFileSync(join(dir, 'plan.json'), '{}');
    calls.length = 0;
    writeFileAtomic('plan.json', '{"new": true}\n', dir, true);
    expect(calls).toHaveLength(3);
    expect(calls[0]).toMatch(new RegExp(`^fsync ${dir}/\\.plan\\.json\\.\\d+\\.\\w+\\.tmp$`));
    expect(calls[1]).toBe(`rename ${calls[0]!.slice('fsync '.length)} ${join(dir, 'plan.json')}`);
    expect(calls[2]).toBe(`fsync ${dir}`);
  });

  it('fsyncs a new file and its folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-sync-'));
    calls.length = 0;
    writeFileAtomic('new.json', '{}\n', dir, false);
    expect(calls).toEqual([`fsync ${join(dir, 'new.json')}`, `fsync ${dir}`]);
  });
});
