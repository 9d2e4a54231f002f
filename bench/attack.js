#!/usr/bin/env node
/**
 * Attack bench (issue 7, acceptance 3): a production start under the bad-input sweep and the attack
 * requests of issue 7, reporting per request kind the statuses and latencies, and the worst
 * event-loop block inside the server process (perf_hooks.monitorEventLoopDelay; target < 200 ms).
 *
 *   npm run bench:attack                          # SQLite in a temp file
 *   DATABASE_CLIENT=postgres npm run bench:attack # a temporary PostgreSQL database (dropped afterwards)
 *
 * Bounded: ATTACK_SWEEP requests (default 5,200, seed SWEEP_SEED), each request times out after
 * ATTACK_TIMEOUT_MS (default 30 s); a server that stays blocked is killed and restarted for the next
 * kind (reported as "blocked"). Only 127.0.0.1 is contacted. Exit code 1 when the target is missed
 * or a request answered 5xx.
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { fork } = require('child_process');
const { prepareDatabase } = require('./database');

const APP_DIR = path.resolve(__dirname, '..');
const SWEEP_REQUESTS = Number(process.env.ATTACK_SWEEP ?? 5200);
const SEED = Number(process.env.SWEEP_SEED ?? 20261123);
const TIMEOUT_MS = Number(process.env.ATTACK_TIMEOUT_MS ?? 30_000);
const CONCURRENCY = 8;
const TARGET_MS = 200;
const usesPostgres = process.env.DATABASE_CLIENT === 'postgres';

const secret = () => crypto.randomBytes(16).toString('hex');


// ------------------------------------------------------------------ the server child

let server;
let documentIds;

function startServer() {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...(documentIds ? { ATTACK_DOCUMENT_IDS: JSON.stringify(documentIds), SEED_DEMO_CONTENT: 'false' } : {}) };
    const child = fork(path.join(__dirname, 'attack-server.js'), [], { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (message) => {
      if (!message.ready) return reject(new Error('server did not start'));
      documentIds = message.context.documentIds;
      server = { child, baseUrl: `http://127.0.0.1:${message.port}`, context: message.context, token: message.fullAccessToken };
      resolve(server);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

/** Max event-loop delay since the last reading, or null when the server does not answer in time (still blocked). */
function readDelay(timeoutMs = 5000) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.child.off('message', onMessage);
      resolve(null);
    }, timeoutMs);
    const onMessage = (message) => {
      if (message.delay === undefined) return;
      clearTimeout(timer);
      server.child.off('message', onMessage);
      resolve(message.delay);
    };
    server.child.on('message', onMessage);
    server.child.send('delay');
  });
}

async function restartServer() {
  server.child.removeAllListeners('exit');
  server.child.kill('SIGKILL');
  await startServer();
}

// ------------------------------------------------------------------ requests

require('./load-ts');
const { mapWithConcurrency } = require('../tests/helpers/concurrency.ts');
const sweep = require('../tests/helpers/bad-input.ts');

const populateChain = (segments) => Array.from({ length: segments }, (_, index) => (index % 2 === 0 ? 'relatedDirectives' : 'relatedArticles'));

function attackKinds(token) {
  const get = (kind, pathAndQuery) => ({ kind, caller: 'public', method: 'GET', path: pathAndQuery, headers: {} });
  const write = (kind, method, url, body, headers = { 'Content-Type': 'application/json' }) => ({ kind, caller: 'token', method, path: url, headers, body });
  const graphql = (kind, query) => write(kind, 'POST', '/graphql', JSON.stringify({ query }));
  const bracket = populateChain(100).reduceRight((inner, field) => `[${field}][populate]${inner}`, '=true').replace(/\[populate\]=true$/, '=true');
  const aliases = Array.from({ length: 2000 }, (_, index) => `a${index}: newsArticles(pagination: { pageSize: 100 }) { documentId title }`).join(' ');
  const lists = ['news-articles', 'official-directives', 'campaigns', 'contests'];
  const badQueries = [
    'filters[id][$eq]=abc', 'filters[category][id][$eq]=abc', 'filters[year][$gt]=99999999999999999999', 'filters[title][$eq]=%00',
    'pagination[start]=1e20', 'filters[title][$between]=a', 'filters[$or]=x', 'filters[0]=a', 'filters[body][$contains]=x', 'filters[tags][$eq]=x',
  ];
  const bad40 = [
    ...lists.flatMap((list) => badQueries.map((query) => get('40 bad requests', `/api/${list}?${query}`))).slice(0, 34),
    get('40 bad requests', '/api/official-directives?filters[sequence][$eq]=abc'),
    get('40 bad requests', '/api/news-articles/%00'),
    write('40 bad requests', 'POST', '/api/upload', '--xyz\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\ntrunc', { 'Content-Type': 'multipart/form-data; boundary=xyz' }),
    write('40 bad requests', 'POST', '/api/news-articles', 'not gzip at all', { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }),
    write('40 bad requests', 'POST', '/api/news-articles', JSON.stringify({ data: { title: 'Tiêu đề '.repeat(60), body: [] } })),
    write('40 bad requests', 'POST', '/api/news-articles', JSON.stringify({ data: { title: { $ne: 'x' } } })),
  ];
  const tags = Array.from({ length: 20_000 }, (_, index) => ({ label: `tag ${index}` }));
  return [
    ['40 bad requests', bad40],
    ['token writes with hostile values', [
      write('token writes with hostile values', 'POST', '/api/news-articles', JSON.stringify({ data: { title: 'a\u0000b' } })),
      write('token writes with hostile values', 'POST', '/api/news-articles', JSON.stringify({ data: { title: ['x'] } })),
      write('token writes with hostile values', 'POST', '/api/news-articles', JSON.stringify({ data: { constructor: { prototype: { x: 1 } } } })),
      write('token writes with hostile values', 'POST', '/api/official-directives', JSON.stringify({ data: { sequence: 1e20, title: 'x' } })),
      write('token writes with hostile values', 'POST', '/api/comments', JSON.stringify({ data: { targetType: 'nonexistent', targetDocumentId: 'x', content: 'x' } })),
    ]],
    ['GraphQL fragment cycle', [graphql('GraphQL fragment cycle', 'query { newsArticles { ...A } } fragment A on NewsArticle { ...B } fragment B on NewsArticle { ...A }')]],
    ['create with 20,000 tags', [write('create with 20,000 tags', 'POST', '/api/news-articles', JSON.stringify({ data: { title: 'Nhiều thẻ', tags } }))]],
    ['GraphQL 2,000 aliases', [{ ...graphql('GraphQL 2,000 aliases', `{ ${aliases} }`), caller: 'public' }]],
    ['populate 100 segments (dotted)', [get('populate 100 segments (dotted)', `/api/news-articles?populate=${populateChain(100).join('.')}`)]],
    ['populate 100 segments (bracket)', [get('populate 100 segments (bracket)', `/api/news-articles?populate${bracket}`)]],
  ].map(([kind, requests]) => [kind, requests.map((request) => (request.caller === 'token' ? { ...request, headers: { ...request.headers, Authorization: `Bearer ${token}` }, caller: 'public' } : request))]);
}

async function sweepRequests(context, readerAuth) {
  const fc = require('fast-check');
  const arbitraries = [sweep.restReadRequest, sweep.draftOracleRequest, sweep.restWriteRequest, sweep.graphqlRequest].map((make) => make(context));
  const requests = fc.sample(fc.oneof(...arbitraries), { seed: SEED, numRuns: SWEEP_REQUESTS });
  return requests.map((request) => ({ ...request, kind: `sweep: ${request.kind}`, headers: request.caller === 'reader' ? { ...request.headers, ...readerAuth } : request.headers, caller: 'public' }));
}

// ------------------------------------------------------------------ measuring

const percentile = (values, share) => (values.length === 0 ? NaN : [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))]);

async function runKind(kind, requests, results) {
  await readDelay(); // reset the histogram: the reading below belongs to this kind only
  const answers = await mapWithConcurrency(requests, CONCURRENCY, async (request) => {
    const answer = await sweep.send(server.baseUrl, request, { public: {}, reader: {} }, TIMEOUT_MS);
    return { answer, problems: sweep.problemsOf(request, answer), request };
  });
  const delay = await readDelay();
  const statuses = {};
  for (const { answer } of answers) statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
  const latencies = answers.map(({ answer }) => answer.ms);
  const problems = answers.filter(({ problems }) => problems.length > 0).map(({ request, answer, problems }) => sweep.describeFailure(request, answer, problems));
  results.push({ kind, count: requests.length, statuses, p50: percentile(latencies, 0.5), max: Math.max(...latencies), delay, problems });
  if (delay === null) await restartServer();
}

async function main() {
  Object.assign(process.env, {
    APP_KEYS: `${secret()},${secret()}`, API_TOKEN_SALT: secret(), ADMIN_JWT_SECRET: secret(), TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(), ENCRYPTION_KEY: secret(), DATA_HASH_SECRET: secret(), HOST: '127.0.0.1',
    SERVE_ADMIN_PANEL: 'false', SEED_DEMO_CONTENT: 'true', LOG_LEVEL: 'error', STRAPI_TELEMETRY_DISABLED: 'true', NODE_ENV: 'production',
  });
  const dropDatabase = await prepareDatabase('attack');
  await require('@strapi/strapi').compileStrapi({ appDir: APP_DIR });
  const results = [];
  try {
    await startServer();
    const suffix = crypto.randomBytes(4).toString('hex');
    const registered = await fetch(`${server.baseUrl}/api/auth/local/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: `bench_${suffix}`, email: `bench_${suffix}@example.com`, password: `Bench-${suffix}-Pw-long` }),
    }).then((response) => response.json());
    const readerAuth = registered.jwt ? { Authorization: `Bearer ${registered.jwt}` } : {};

    const byKind = new Map();
    for (const request of await sweepRequests(server.context, readerAuth)) byKind.set(request.kind, [...(byKind.get(request.kind) ?? []), request]);
    for (const [kind, requests] of byKind) await runKind(kind, requests, results);
    for (const [kind, requests] of attackKinds(server.token)) await runKind(kind, requests, results);
  } finally {
    if (server) {
      server.child.removeAllListeners('exit');
      server.child.kill('SIGKILL');
    }
    await dropDatabase();
  }

  const database = usesPostgres ? 'PostgreSQL' : 'SQLite';
  const worst = results.some((result) => result.delay === null) ? Infinity : Math.max(...results.map((result) => result.delay));
  console.log(`attack bench on ${database} (production start, seed ${SEED}, concurrency ${CONCURRENCY}, timeout ${TIMEOUT_MS} ms)`);
  for (const r of results) {
    const delay = r.delay === null ? `BLOCKED (no answer ${5000} ms after the last request; restarted)` : `${r.delay.toFixed(0)} ms`;
    console.log(`  ${r.kind}: ${r.count} requests, statuses ${JSON.stringify(r.statuses)}, latency p50 ${r.p50.toFixed(0)} ms max ${r.max.toFixed(0)} ms, max event-loop delay ${delay}`);
    for (const problem of r.problems.slice(0, 3)) console.log(`    ! ${problem.replace(/\n/g, '\n      ')}`);
    if (r.problems.length > 3) console.log(`    ! … ${r.problems.length - 3} more`);
  }
  console.log(`worst event-loop block: ${worst === Infinity ? 'blocked beyond the request timeout' : `${worst.toFixed(0)} ms`} (target < ${TARGET_MS} ms)`);
  fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
  fs.writeFileSync(path.join(__dirname, 'results', `attack-${database.toLowerCase()}.json`), JSON.stringify({ database, seed: SEED, worstDelayMs: worst, results }, null, 2));
  process.exitCode = worst < TARGET_MS && results.every((r) => r.problems.length === 0) ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  if (server) server.child.kill('SIGKILL');
  process.exit(1);
});
