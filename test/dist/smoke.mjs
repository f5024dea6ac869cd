// Imports the BUILT package by its own name (package self-reference through `exports`),
// exactly as a user's ESM code would. Run after `npm run build`: `node test/dist/smoke.mjs`.
import * as api from 'newsdoc';
import check from './check-package.cjs';

check.checkPackage(api, 'esm');
