/** Words as the audit matches them: lower case, accents and punctuation gone, so "Infusión" and "infusion" are one word. */

/** Text reduced to lower-case ASCII words separated by single spaces ("Follow-up (4 h)" → "follow up 4 h"). */
export function normalise(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
}

/** A keyword ready to match: its normalised words, and whether it must be a whole word (short ones). */
export interface Keyword {
  /** As written in the data. */
  written: string;
  words: string;
  /** The list it came from; a word in both lists counts as English. */
  lang: 'en' | 'es';
  /** " words", as searched for in " text ". */
  needle: string;
}

/** Keywords of both languages, normalised once; empty ones (only punctuation) are dropped. */
export function keywords(both: { en: readonly string[]; es: readonly string[] }): Keyword[] {
  const out: Keyword[] = [];
  const seen = new Set<string>();
  for (const [lang, list] of [
    ['en', both.en],
    ['es', both.es],
  ] as const)
    for (const written of list) {
      const words = normalise(written);
      if (words === '' || seen.has(words)) continue;
      seen.add(words);
      out.push({ written, words, lang, needle: ` ${words}` });
    }
  return out;
}

/** Where a keyword occurs in normalised text: the span of its words, in the normalised text. */
export interface Match {
  start: number;
  end: number;
  keyword: Keyword;
}

/**
 * Every place a keyword starts a word of the text. A keyword of 4 letters or more also matches
 * the start of a longer word ("consult" in "consultation", "infusion" in "infusions"); a shorter
 * one only a whole word ("lab", "icu", "hr").
 */
export function findAll(text: string, kw: Keyword): Match[] {
  const out: Match[] = [];
  const padded = paddedText(text);
  const needle = kw.needle;
  let from = 0;
  for (;;) {
    const at = padded.indexOf(needle, from);
    if (at === -1) return out;
    const after = padded.charCodeAt(at + needle.length);
    if (kw.words.length >= 4 || after === 32) {
      // The match runs to the end of the word it is in.
      let end = at + needle.length;
      while (end < padded.length && padded.charCodeAt(end) !== 32) end++;
      out.push({ start: at, end: end - 1, keyword: kw });
    }
    from = at + 1;
  }
}

// One line is searched for every keyword in turn: its padded form is made once.
let lastText = '';
let lastPadded = '  ';
function paddedText(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastPadded = ` ${text} `;
  }
  return lastPadded;
}

/** The first match of any of the keywords, or null. */
export function firstMatch(text: string, list: readonly Keyword[]): Match | null {
  let best: Match | null = null;
  for (const kw of list) {
    const m = findAll(text, kw)[0];
    if (m && (best === null || m.start < best.start || (m.start === best.start && m.end > best.end))) best = m;
  }
  return best;
}

/** Whether any of the keywords occurs in the text. */
export function mentions(text: string, list: readonly Keyword[]): boolean {
  return list.some((kw) => findAll(text, kw).length > 0);
}
