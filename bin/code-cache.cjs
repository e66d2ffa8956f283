'use strict';
// A V8 code cache for the bundles on Node 20 and 21, which lack module.enableCompileCache (22.1+).
// `npm run build` runs the commands once and saves, beside each bundle, the code V8 compiled for it
// (dist/<name>.cjs.cache); a later start reads it instead of compiling again, about 3 ms of every
// run. V8 checks each cache against its own version and flags and the file's length, and simply
// compiles as usual when it does not match (another Node version); a cache older than its file is
// not read at all.
const Module = require('node:module');
const vm = require('node:vm');
const fs = require('node:fs');
const path = require('node:path');

/** Loads the files of `dir` through the cache; with `write`, returns a function that saves the caches. */
function useCodeCache(dir, { write = false } = {}) {
  const scripts = [];
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    if (path.dirname(filename) !== dir || !filename.endsWith('.cjs')) return compile.call(this, content, filename);
    let cachedData;
    if (!write) {
      try {
        // V8 checks the length of the file, not its text: a cache older than its file is not used.
        if (fs.statSync(`${filename}.cache`).mtimeMs >= fs.statSync(filename).mtimeMs) cachedData = fs.readFileSync(`${filename}.cache`);
      } catch {
        // no cache: compile as usual
      }
    }
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    if (write) scripts.push([script, `${filename}.cache`]);
    const require = (id) => this.require(id);
    require.resolve = (request, options) => Module._resolveFilename(request, this, false, options);
    require.cache = Module._cache;
    return script.runInThisContext().call(this.exports, this.exports, require, this, filename, dir);
  };
  return () => {
    for (const [script, file] of scripts) fs.writeFileSync(file, script.createCachedData());
  };
}

module.exports = { useCodeCache };
