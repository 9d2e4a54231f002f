// `npm test` starts jest with --experimental-vm-modules so Strapi's upload plugin can import the ESM-only
// `file-type` and check uploaded bytes as in production; a bare `npx jest` logs "Failed to detect MIME type".
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/src', '<rootDir>/tests', '<rootDir>/scripts'],
  testMatch: ['**/__tests__/**/*.test.ts', '<rootDir>/tests/**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2021' } }] },
  globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
  // Generous: a Strapi boot in beforeAll takes 5 s on an idle machine but far longer on a busy one.
  testTimeout: 180000,
  modulePathIgnorePatterns: ['<rootDir>/dist', '<rootDir>/.tmp', '<rootDir>/.cache'],
};
