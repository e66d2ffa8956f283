import { fs, path } from './node-modules.js';
import { writeFileAtomic } from './atomic-write.js';

/** The answers of a wizard that did not finish, as typed, and when they were last kept. */
export interface Progress {
  savedAt: string;
  answers: Record<string, string>;
}

/** Far above any real set of answers (a few hundred bytes). */
const MAX_BYTES = 64 * 1024;

/**
 * Where an unfinished wizard keeps its answers: the user's own state folder, never the folder the
 * wizard runs in (which may be a checkout of this project): $XDG_STATE_HOME, else ~/.local/state
 * (~/Library/Application Support on macOS, %LOCALAPPDATA% on Windows), in ketamine-cost/.
 */
export function progressFile(env: Record<string, string | undefined>, platform: string = process.platform): string | null {
  const home = env.HOME || env.USERPROFILE;
  const base =
    env.XDG_STATE_HOME ||
    (platform === 'win32' ? env.LOCALAPPDATA : undefined) ||
    (home ? (platform === 'darwin' ? path.join(home, 'Library', 'Application Support') : path.join(home, '.local', 'state')) : undefined);
  return base ? path.join(base, 'ketamine-cost', 'unfinished-answers.json') : null;
}

/** Keeps the answers so far; true when kept. A folder that cannot be written is not an error: the wizard goes on. */
export function saveProgress(file: string, answers: Record<string, string>, now: Date = new Date()): boolean {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileAtomic(file, `${JSON.stringify({ savedAt: now.toISOString(), answers } satisfies Progress, null, 2)}\n`, path.dirname(file), true);
    return true;
  } catch {
    return false;
  }
}

/** The kept answers, or null when there are none or the file is not one this wizard wrote. */
export function loadProgress(file: string): Progress | null {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > MAX_BYTES) return null;
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    if (value === null || typeof value !== 'object') return null;
    const { savedAt, answers } = value as { savedAt?: unknown; answers?: unknown };
    if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return null;
    if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) return null;
    const entries = Object.entries(answers);
    if (entries.length === 0 || !entries.every(([, v]) => typeof v === 'string')) return null;
    return { savedAt, answers: Object.fromEntries(entries) as Record<string, string> };
  } catch {
    return null;
  }
}

/** Forgets the kept answers (the wizard finished, or the user chose to start again). */
export function clearProgress(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // already gone, or never kept
  }
}

/** "2026-11-28 14:05", on this computer's clock. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
