import pkg from '../package.json' with { type: 'json' };

/** The tool's name and version, as in package.json. */
export const tool = { name: pkg.name, version: pkg.version } as const;
