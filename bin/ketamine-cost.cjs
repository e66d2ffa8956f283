#!/usr/bin/env node
'use strict';
// CommonJS on purpose: Node starts it without its ES module loader (see README, Speed).
// Compiled code is cached between runs: by Node itself from 22.1, by the build's cache before.
const dist = require('node:path').join(__dirname, '..', 'dist');
if (Number(process.versions.node.split('.')[0]) >= 22) require('node:module').enableCompileCache?.();
else require('./code-cache.cjs').useCodeCache(dist);
require('../dist/cli.cjs').run();
