#!/usr/bin/env node
// The `newsdoc` executable: runs the command and sets the exit code. It never calls
// process.exit(), so every pending write reaches its pipe or file first.
import { dedupMain } from './dedup.js';
import { main } from './main.js';

const argv = process.argv.slice(2);
(argv[0] === 'dedup' ? dedupMain(argv.slice(1)) : main(argv)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`newsdoc: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
