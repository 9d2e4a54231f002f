/**
 * Lets the plain-Node benches require the TypeScript test helpers (the sweep generators and
 * fixtures in tests/helpers) by compiling them with swc on load.
 */
const fs = require('fs');

require.extensions['.ts'] = (module, filename) => {
  const { code } = require('@swc/core').transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    module: { type: 'commonjs' },
    jsc: { parser: { syntax: 'typescript' }, target: 'es2021' },
  });
  module._compile(code, filename);
};
