import { fs } from './node-modules.js';

/** The latest entry of data/CHANGELOG.md shipped beside the built-in data (from dist/ or src/), or null. */
export function latestDataChange(): string | null {
  for (const path of ['../data/CHANGELOG.md', '../../data/CHANGELOG.md']) {
    let text: string;
    try {
      text = fs.readFileSync(new URL(path, import.meta.url), 'utf8');
    } catch {
      continue;
    }
    const entry = /^## [^\n]*\n[\s\S]*?(?=^## |(?![\s\S]))/m.exec(text);
    // The entry's content digest is for the test that holds the data to it, not for people.
    return entry ? entry[0].replace(/<!--[\s\S]*?-->\n?/g, '').trim() : null;
  }
  return null;
}
