import path from 'path';
import { compileStrapi } from '@strapi/strapi';

/** Compile the TypeScript app once per test run; every test file boots from dist/. */
export default async function globalSetup(): Promise<void> {
  // .ci/run builds once (`npm run build` compiles dist/ too) and runs both databases side by side:
  // two runs compiling into the same dist/ at once would boot from half-written files.
  if (process.env.TESTS_USE_BUILT_APP === 'true') return;
  const started = Date.now();
  await compileStrapi({ appDir: path.resolve(__dirname, '..', '..') });
  process.stdout.write(`\n[tests] compiled TypeScript in ${Date.now() - started} ms on ${databaseLabel()}\n`);
}

const databaseLabel = () =>
  process.env.DATABASE_CLIENT === 'postgres' || process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite';
