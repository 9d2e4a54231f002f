#!/usr/bin/env node
/**
 * Printed by `npm run demo` before the server starts, so nobody mistakes the demo for a production
 * setup: it runs with NODE_ENV=development.
 */
const lines = [
  'DEMO — development mode (NODE_ENV=development), with Vietnamese demo content in .tmp/data.db.',
  'Error answers carry stack traces and GraphQL introspection is on: do not expose this to the internet.',
  'For a production start see README.md → Production.',
];
const width = Math.max(...lines.map((line) => line.length));
const rule = '='.repeat(width);
console.log(['', rule, ...lines, rule, ''].join('\n'));
