#!/usr/bin/env node
'use strict';
// CommonJS on purpose: Node starts it without its ES module loader (see README, Speed).
// Node 22.1+ caches compiled code between runs (node:module is not loaded for nothing on Node 20).
if (Number(process.versions.node.split('.')[0]) >= 22) require('node:module').enableCompileCache?.();
require('../dist/cli.cjs').run();
