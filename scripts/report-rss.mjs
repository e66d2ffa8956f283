// Loaded with --import by the benchmark: reports the process's peak memory on exit.
process.on('exit', () => process.stderr.write(`maxRSS_KB=${process.resourceUsage().maxRSS}\n`));
