// Built-ins loaded with process.getBuiltinModule (Node 20.16+): an ESM import of node:fs builds a
// facade of every export, touching lazy getters such as fs.ReadStream, about 2 ms of start-up on
// every run; and it needs neither import.meta nor node:module, in the bundle or out of it.
export const fs = process.getBuiltinModule('node:fs');
export const path = process.getBuiltinModule('node:path');

/** Whether a descriptor is a terminal; node:tty (which loads the network and stream modules) only when asked. */
export function isatty(fd: number): boolean {
  return process.getBuiltinModule('node:tty').isatty(fd);
}
