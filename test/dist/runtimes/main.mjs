// Deno's and Bun's side of test/dist/runtimes.mjs:
// `<runtime> main.mjs <package entry file> <cases.json> <results.json>`.
// Reads the cases, imports the built package by path and writes the results of cases.mjs.
// node:fs here is the harness's only Node-compatible call (both runtimes provide it); the
// package under test is loaded as the plain ES module it is.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { runCases } from './cases.mjs';

const args = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
const [entry, casesFile, resultsFile] = args;
const api = await import(pathToFileURL(entry).href);
const results = await runCases(api, JSON.parse(readFileSync(casesFile, 'utf8')));
writeFileSync(resultsFile, JSON.stringify(results));
