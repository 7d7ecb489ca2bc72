#!/usr/bin/env node
import { run } from './main.js';

// The only place that calls process.exit: handlers return exit codes.
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kg: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
