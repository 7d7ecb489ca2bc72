#!/usr/bin/env node
import './tuneV8.js'; // first: V8's inlining budget, before any hot code is compiled
import { maskSecrets } from '../config/maskSecrets.js';
import { secretsFrom } from '../config/secretsFrom.js';
import { run } from './main.js';

// The only place that calls process.exit: handlers return exit codes.
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`kg: ${maskSecrets(message, secretsFrom(process.argv, process.env))}\n`);
    process.exitCode = 1;
  },
);
