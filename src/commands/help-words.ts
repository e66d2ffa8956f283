import { language } from '../core/lang.js';
import { helpEs } from './help-es.js';

/** A --help text in the language of the run: the English as written, or its Spanish twin from help-es.ts. */
export function h(english: string): string {
  return language() === 'es' ? (helpEs[english] ?? english) : english;
}
