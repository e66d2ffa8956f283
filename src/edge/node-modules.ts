// Built-ins loaded with process.getBuiltinModule (Node 20.16+ and 22.3+): an ESM import of node:fs
// builds a facade of every export, touching lazy getters such as fs.ReadStream, about 2 ms of
// start-up on every run. Where it is missing (Node 21, 22.0 to 22.2) the bundle, which is
// CommonJS, has require.
const builtin: (id: string) => unknown = process.getBuiltinModule ?? ((id: string) => require(id));

export const fs = builtin('node:fs') as typeof import('node:fs');
export const path = builtin('node:path') as typeof import('node:path');

/** Whether a descriptor is a terminal; node:tty (which loads the network and stream modules) only when asked. */
export function isatty(fd: number): boolean {
  return (builtin('node:tty') as typeof import('node:tty')).isatty(fd);
}
