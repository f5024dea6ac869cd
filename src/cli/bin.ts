#!/usr/bin/env node
// The `newsdoc` executable: runs the command and sets the exit code. It never calls
// process.exit(), so every pending write reaches its pipe or file first.
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`newsdoc: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
