import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const dataText = readFileSync(new URL('data/costs.json', root), 'utf8');
const changelog = readFileSync(new URL('data/CHANGELOG.md', root), 'utf8');

/** The latest entry of data/CHANGELOG.md: its version heading and its digest line. */
function latestEntry(): { version: string; digest: string | null } {
  const heading = /^## (\d{4}\.\d{1,2}\.\d+)/m.exec(changelog);
  if (!heading) throw new Error('data/CHANGELOG.md has no "## YYYY.M.N" entry');
  const rest = changelog.slice(heading.index + heading[0].length);
  const body = rest.slice(0, rest.search(/^## /m) === -1 ? undefined : rest.search(/^## /m));
  return { version: heading[1]!, digest: /sha256:([0-9a-f]{64})/.exec(body)?.[1] ?? null };
}

describe('data/costs.json and its changelog', () => {
  it('has a changelog entry for its dataVersion, first in the file', () => {
    expect(latestEntry().version).toBe(JSON.parse(dataText).dataVersion);
  });

  it('matches the digest in the latest changelog entry, so no edit goes in without a new dataVersion and entry', () => {
    const digest = createHash('sha256')
      .update(JSON.stringify(JSON.parse(dataText)))
      .digest('hex');
    const entry = latestEntry();
    expect(entry.digest, `data/costs.json changed (content sha256:${digest}): give it a new dataVersion and a changelog entry with that digest`).toBe(digest);
  });
});
