#!/usr/bin/env node
'use strict';
// CommonJS on purpose: Node starts it without its ES module loader (see README, Speed).
// Node 22.1+ caches compiled code between runs; harmlessly absent before.
require('node:module').enableCompileCache?.();
require('../dist/cli.cjs').run();
