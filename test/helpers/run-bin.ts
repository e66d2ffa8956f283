import { spawnSync, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/ketamine-cost.cjs', import.meta.url));

export interface BinResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** An environment like a user's shell, without colour hints that would change the output. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'DEBUG', 'NODE_OPTIONS']) delete env[key];
  return { ...env, ...extra };
}

/** Runs the built bin as a user would, with stdin from `input` (or closed). */
export function runBin(args: string[], opts: { input?: string; env?: Record<string, string>; cwd?: string; stdoutFile?: string } = {}): BinResult {
  const fd = opts.stdoutFile === undefined ? undefined : openSync(opts.stdoutFile, 'w');
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: opts.input ?? '',
    stdio: ['pipe', fd ?? 'pipe', 'pipe'],
    env: cleanEnv(opts.env),
    cwd: opts.cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (fd !== undefined) closeSync(fd);
  return { stdout: r.stdout ?? '', stderr: r.stderr, code: r.status };
}

/** The same, without blocking the test worker (for large inputs streamed through stdin). */
export function runBinAsync(args: string[], input: string, opts: { cwd?: string } = {}): Promise<BinResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: cleanEnv(), cwd: opts.cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
    child.stdin.end(input);
  });
}
