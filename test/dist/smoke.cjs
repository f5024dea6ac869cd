// Requires the BUILT package by its own name (package self-reference through `exports`),
// exactly as a user's CommonJS code would. Run after `npm run build`: `node test/dist/smoke.cjs`.
'use strict';
const { checkPackage } = require('./check-package.cjs');

checkPackage(require('newsdoc'), 'cjs');
