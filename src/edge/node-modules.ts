import { createRequire } from 'node:module';

// Built-ins loaded with require(): an ESM import of node:fs builds a facade of every export,
// touching lazy getters such as fs.ReadStream, about 2 ms of start-up on every run.
const require = createRequire(import.meta.url);

export const fs: typeof import('node:fs') = require('node:fs');
export const path: typeof import('node:path') = require('node:path');
export const tty: typeof import('node:tty') = require('node:tty');
