// The esbuild options of the tool's bundle, shared with the benchmark so that its commander-only
// floor is built exactly the same way.
export const BUNDLE_OPTIONS = {
  bundle: true,
  // CommonJS: Node starts a .cjs file without its ES module loader, about 4 ms sooner per run.
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  // A lazy import() of another dist file becomes require(), so it stays on the CommonJS path too.
  supported: { 'dynamic-import': false },
  // Sources are ES modules (tsx and vitest run them as such); in the bundle import.meta.url is the
  // file's own URL, worked out only where it is read (node:url costs about 0.3 ms to load).
  define: { 'import.meta.url': '__meta.url' },
  platform: 'node',
  target: 'node20.19',
  minifySyntax: true,
  // Texts as UTF-8 rather than \u escapes: smaller files, and V8 scans them faster at every start.
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: "var __meta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
};
