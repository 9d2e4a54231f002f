import type { AddressInfo } from 'net';
import fc from 'fast-check';
import { startApp, type TestApp } from '../helpers/strapi';
import { bearer, registerUser } from '../helpers/auth';
import { mapWithConcurrency } from '../helpers/concurrency';
import {
  KNOWN_SWEEP_FAILURES,
  describeFailure,
  draftOracleRequest,
  graphqlRequest,
  knownFailureOf,
  problemsOf,
  restReadRequest,
  restWriteRequest,
  send,
  type SweepCaller,
  type SweepContext,
  type SweepRequest,
} from '../helpers/bad-input';
import { createSweepFixtures } from '../helpers/sweep-fixtures';
import { sweepContext } from '../helpers/sweep-context';

/*
 * Property-based bad-input sweep (issue 7, acceptance 3): hostile requests generated with fast-check
 * over every Content API route (path parameters from real and junk ids) and GraphQL, as Public and
 * as a signed-in reader. Every answer: no 5xx, no GraphQL internal error, no draft or private value,
 * and a filter on draft-only text matches nothing. Reproducible: SWEEP_SEED (printed), SWEEP_RUNS
 * (requests, default 5,200) raises the count.
 */

const SEED = Number(process.env.SWEEP_SEED ?? 20261123);
const REQUESTS = Number(process.env.SWEEP_RUNS ?? 5200);
const CONCURRENCY = 8;
const SLOW = 15 * 60_000;

const SHARES: [kind: string, share: number, arbitrary: (context: SweepContext) => fc.Arbitrary<SweepRequest>][] = [
  ['REST reads with hostile query strings', 0.45, restReadRequest],
  ['REST reads filtering on draft-only text', 0.1, draftOracleRequest],
  ['REST writes with hostile bodies and headers', 0.2, restWriteRequest],
  ['GraphQL queries with hostile arguments', 0.25, graphqlRequest],
];

interface Finding {
  owner: string;
  issue: string;
  text: string;
}

describe('bad-input sweep', () => {
  let app: TestApp;
  let baseUrl: string;
  let context: SweepContext;
  let auth: Record<SweepCaller, Record<string, string>>;
  let sent = 0;
  const known = new Map<string, Finding>();

  /** Sends a batch with bounded concurrency; throws the first unknown problem (fast-check then shrinks it). */
  async function sendBatch(batch: SweepRequest[]) {
    const answers = await mapWithConcurrency(batch, CONCURRENCY, (request) => send(baseUrl, request, auth));
    sent += batch.length;
    batch.forEach((request, index) => {
      const problems = problemsOf(request, answers[index]);
      if (problems.length === 0) return;
      const text = describeFailure(request, answers[index], problems);
      const failure = knownFailureOf(request, answers[index], problems);
      if (!failure) throw new Error(text);
      known.set(`${request.method} ${request.path} ${request.body ?? ''}`, { owner: failure.owner, issue: failure.issue, text });
    });
  }

  beforeAll(async () => {
    app = await startApp();
    const server = app.strapi.server.httpServer;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    auth = { public: {}, reader: bearer((await registerUser(app)).jwt) };
    const { documentIds } = await createSweepFixtures(app.strapi);
    context = sweepContext(app.strapi, documentIds);
    process.stdout.write(`[sweep] seed ${SEED}, ${REQUESTS} requests, concurrency ${CONCURRENCY} (SWEEP_SEED / SWEEP_RUNS to change)\n`);
  }, SLOW);
  afterAll(async () => {
    const byIssue = new Map<string, Finding[]>();
    for (const finding of known.values()) byIssue.set(`${finding.owner}: ${finding.issue}`, [...(byIssue.get(`${finding.owner}: ${finding.issue}`) ?? []), finding]);
    const report = [...byIssue].map(([issue, findings]) => `  ${findings.length} × ${issue}\n    e.g. ${findings.slice(0, 3).map((finding) => finding.text.replace(/\n/g, '\n    ')).join('\n    e.g. ')}`);
    process.stdout.write(`[sweep] ${sent} requests sent (seed ${SEED}); known failures owned by other branches: ${known.size}\n${report.join('\n')}\n`);
    await app.stop();
  });

  it.each(SHARES)('answers %s without a 5xx, a draft or a private value', async (_kind, share, arbitrary) => {
    const batches = Math.ceil((REQUESTS * share) / CONCURRENCY);
    await fc.assert(
      fc.asyncProperty(fc.array(arbitrary(context), { minLength: CONCURRENCY, maxLength: CONCURRENCY }), async (batch) => {
        await sendBatch(batch);
      }),
      { seed: SEED, numRuns: batches, verbose: fc.VerbosityLevel.Verbose }
    );
  }, SLOW);

  it('sends at least the requested number of generated requests', () => {
    expect(sent).toBeGreaterThanOrEqual(REQUESTS);
  });

  // Passes while the sweep still meets failures owned by harden-read/harden-write (issue 7); once
  // their fixes are merged it fails: then empty KNOWN_SWEEP_FAILURES and delete this test.
  if (KNOWN_SWEEP_FAILURES.length > 0) {
    it.failing('meets none of the known failures owned by harden-read and harden-write', () => {
      expect([...known.values()].map((finding) => finding.text)).toEqual([]);
    });
  }
});
