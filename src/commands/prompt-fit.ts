import { styleText } from 'node:util';
import { wrap } from '../render/wrap.js';
import { textWidth } from '../render/text-width.js';
import { toAscii } from '../render/ascii.js';

const ASCII_KEYS: Record<string, string> = { '↑↓': 'up/down', '⏎': 'enter' };

/**
 * Prompt texts fitted to the terminal. The prompt library breaks a line at the terminal's width
 * wherever it falls, inside a word or an amount ("US$14,13" / "9"); every text it shows is wrapped
 * here first, between words, so its own breaking never has anything to do.
 */
export interface PromptFit {
  width: number;
  /** Plain ASCII (--ascii or TERM=dumb): every text the wizard shows, accents and marks spelled in ASCII. */
  ascii: boolean;
  plain(text: string): string;
  /** The prompt library's own marks, in ASCII when asked. */
  theme: { prefix?: { idle: string; done: string }; icon?: { cursor: string } };
  /** A key as the list's help names it (↑↓, ⏎), in ASCII when asked. */
  key(key: string): string;
  /** A question, after the "? " the library puts before it. */
  message(text: string): string;
  /** A choice of a list, after the "❯ " (or two spaces) before it; later lines line up with the first. */
  choice(text: string): string;
  /** The description shown under a list. */
  description(text: string): string;
  /** Styles for a prompt asking `message` (already fitted): the answer and the suggested answer go on the next line when they do not fit beside it. */
  styles(message: string): {
    answer: (text: string) => string;
    defaultAnswer: (text: string) => string;
    error: (text: string) => string;
  };
}

export function promptFit(width: number, ascii = false): PromptFit {
  const plain = (text: string) => (ascii ? toAscii(text) : text);
  const beside = (message: string, text: string) => {
    const lines = message.split('\n');
    // "? " and the last line of the question, then a space.
    const used = (lines.length === 1 ? 2 : 0) + textWidth(lines.at(-1)!) + 1;
    return used + textWidth(text) <= width ? text : `\n${wrap(`  ${text}`, width, '  ')}`;
  };
  return {
    width,
    ascii,
    plain,
    message: (text) => wrap(plain(text), width - 2),
    choice: (text) => wrap(plain(text), width - 2, '  '),
    description: (text) => wrap(plain(text), width),
    styles: (message) => ({
      answer: (text) => styleText('cyan', beside(message, plain(text))),
      defaultAnswer: (text) => styleText('dim', beside(message, `(${plain(text)})`)),
      error: (text) => styleText('red', wrap(`> ${plain(text)}`, width, '  ')),
    }),
    // In ASCII, the library's own marks too: ? and + before a question, > for the chosen line.
    theme: ascii ? { prefix: { idle: '?', done: '+' }, icon: { cursor: '>' } } : {},
    key: (key) => (ascii ? (ASCII_KEYS[key] ?? toAscii(key)) : key),
  };
}
