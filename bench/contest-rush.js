#!/usr/bin/env node
/**
 * Deadline rush of a knowledge contest (issue 9, acceptance 2), on PostgreSQL:
 *
 *   npm run bench:contest        # a temporary PostgreSQL database on 127.0.0.1 (dropped afterwards)
 *
 * 2,000 distinct participants start their attempt before the rush, then submit within about 10 s
 * (paced at RUSH_SECONDS) over 100 keep-alive connections, with 500 duplicate re-submits mixed in
 * (half the same token again: a double click; half a fresh token: a second try). Checks: entries in
 * the database = 2,000 exactly, every 201 receipt is stored, every duplicate got 409, no 5xx.
 * Reports throughput and p50/p99 of the submissions, then the leaderboard latency with 2,000 entries
 * and with 100,000 (the other 98,000 bulk-inserted through knex: the document service would take
 * minutes). Everything is bounded and served on 127.0.0.1 only.
 */
const crypto = require('crypto');
const http = require('http');
const path = require('path');
const { Client } = require('pg');

const APP_DIR = path.resolve(__dirname, '..');
const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 2000);
const DUPLICATES = Number(process.env.BENCH_DUPLICATES ?? 500);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const RUSH_SECONDS = Number(process.env.BENCH_RUSH_SECONDS ?? 10);
const LARGE_ROUND = Number(process.env.BENCH_LARGE_ROUND ?? 100000);
const LEADERBOARD_SAMPLES = Number(process.env.BENCH_LEADERBOARD_SAMPLES ?? 30);
const CONTEST_UID = 'api::contest.contest';
const ENTRY_UID = 'api::contest-entry.contest-entry';
const HOUR = 3_600_000;

const secret = () => crypto.randomBytes(16).toString('hex');
const at = (offset) => new Date(Date.now() + offset).toISOString();
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function prepareDatabase() {
  const name = `cchc_bench_contest_${process.pid}`;
  const admin = () => new Client({ host: process.env.DATABASE_HOST ?? '127.0.0.1', user: process.env.DATABASE_USERNAME ?? 'postgres', database: 'postgres' });
  const client = admin();
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  Object.assign(process.env, { DATABASE_CLIENT: 'postgres', DATABASE_HOST: process.env.DATABASE_HOST ?? '127.0.0.1', DATABASE_NAME: name });
  delete process.env.DATABASE_URL;
  return async () => {
    const dropper = admin();
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await dropper.end();
  };
}

/** One JSON request over the shared keep-alive agent; resolves with status, body and latency. */
function request(agent, port, method, path, body) {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = http.request(
      { host: '127.0.0.1', port, method, path, agent, headers: payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {} },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          const text = Buffer.concat(chunks).toString('utf8');
          let json = null;
          try {
            json = JSON.parse(text);
          } catch {
            json = text;
          }
          resolve({ status: res.statusCode, body: json, ms });
        });
      }
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Runs `jobs` over `connections` workers; a job with `due` (ms after start) waits for it. */
async function runPaced(jobs, connections, run) {
  let next = 0;
  const started = Date.now();
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[(next += 1) - 1];
      const wait = started + (job.due ?? 0) - Date.now();
      if (wait > 0) await sleep(wait);
      job.result = await run(job);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return (Date.now() - started) / 1000;
}

const QUESTIONS = Array.from({ length: 10 }, (_, n) => ({
  key: `q${n + 1}`,
  prompt: `Câu hỏi số ${n + 1} về cải cách hành chính?`,
  choices: [{ label: 'A' }, { label: 'B' }, { label: 'C' }, { label: 'D' }],
  correctChoice: n % 4,
  points: 1,
}));

const idNumber = (n) => `0${String(10_000_000_000 + n).slice(-11)}`;

function entryBody(n, attemptToken) {
  return {
    data: {
      attemptToken,
      fullName: `Nguyễn Văn Người ${n}`,
      idNumber: idNumber(n),
      phone: `09${String(10_000_000 + n).slice(-8)}`,
      organization: `Xã số ${n % 300}`,
      province: 'Lạng Sơn',
      consent: true,
      answers: QUESTIONS.map((question, q) => ({ question: question.key, choice: (n + q) % 4 })),
      prediction: 1500 + (n % 1000),
    },
  };
}

/** Closes the round and publishes the results, the way organisers do after the deadline. */
async function closeAndPublish(strapi, documentId) {
  const draft = await strapi.documents(CONTEST_UID).findOne({ documentId, status: 'draft', populate: { rounds: { populate: { questions: { populate: ['choices'] } } } } });
  const rounds = draft.rounds.map((round) => ({ ...round, endAt: at(-1000) }));
  await strapi.documents(CONTEST_UID).update({ documentId, status: 'draft', data: { rounds, resultsPublished: true } });
  await strapi.documents(CONTEST_UID).publish({ documentId });
}

/** Extra entries straight into the table, the columns the ranking reads filled like real ones. */
async function bulkInsert(strapi, documentId, from, count) {
  const meta = strapi.db.metadata.get(ENTRY_UID);
  const column = (attribute) => meta.attributes[attribute].columnName ?? attribute;
  const now = Date.now();
  for (let offset = 0; offset < count; offset += 1000) {
    const rows = [];
    for (let n = from + offset; n < from + Math.min(count, offset + 1000); n += 1) {
      rows.push({
        [column('documentId')]: crypto.randomBytes(12).toString('hex'),
        [column('contestDocumentId')]: documentId,
        [column('roundKey')]: 'rush',
        [column('roundName')]: 'Vòng chung kết',
        [column('receipt')]: `bulk-${n}`,
        [column('attemptNonce')]: `bulk-${n}`,
        [column('idNumberHash')]: crypto.createHash('sha256').update(String(n)).digest('hex'),
        [column('fullName')]: `Trần Thị Người ${n}`,
        [column('organization')]: `Xã số ${n % 300}`,
        [column('province')]: 'Cao Bằng',
        [column('score')]: n % 11,
        [column('prediction')]: 90_000 + (n % 20_000),
        [column('durationMs')]: 30_000 + (n % 600_000),
        [column('startedAt')]: new Date(now - 700_000),
        [column('submittedAt')]: new Date(now - (n % 600_000)),
        [column('consent')]: true,
        [column('attempt')]: 1,
        [column('createdAt')]: new Date(now),
        [column('updatedAt')]: new Date(now),
      });
    }
    await strapi.db.connection(meta.tableName).insert(rows);
  }
}

async function leaderboardLatency(agent, port, documentId, total) {
  const lastPage = Math.max(1, Math.ceil(total / 100));
  const paths = [`/api/contests/${documentId}/rounds/rush/leaderboard?page=1&pageSize=100`, `/api/contests/${documentId}/rounds/rush/leaderboard?page=${lastPage}&pageSize=100`];
  const times = [];
  for (let sample = 0; sample < LEADERBOARD_SAMPLES; sample += 1) {
    const response = await request(agent, port, 'GET', paths[sample % 2]);
    if (response.status !== 200) throw new Error(`leaderboard → ${response.status} ${JSON.stringify(response.body)}`);
    if (response.body.meta.pagination.total !== total) throw new Error(`leaderboard total ${response.body.meta.pagination.total} ≠ ${total}`);
    times.push(response.ms);
  }
  times.sort((a, b) => a - b);
  return { entries: total, p50: percentile(times, 50), p99: percentile(times, 99), max: times[times.length - 1] };
}

async function main() {
  Object.assign(process.env, {
    APP_KEYS: `${secret()},${secret()}`, API_TOKEN_SALT: secret(), ADMIN_JWT_SECRET: secret(), TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(), ENCRYPTION_KEY: secret(), DATA_HASH_SECRET: secret(), HOST: '127.0.0.1',
    SERVE_ADMIN_PANEL: 'false', SEED_DEMO_CONTENT: 'false', LOG_LEVEL: 'error', STRAPI_TELEMETRY_DISABLED: 'true', NODE_ENV: 'production',
  });
  const dropDatabase = await prepareDatabase();
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi(await compileStrapi({ appDir: APP_DIR })).load();
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  try {
    await strapi.server.mount();
    await new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = strapi.server.httpServer.address();

    const contest = await strapi.documents(CONTEST_UID).create({
      status: 'published',
      data: {
        title: 'Cuộc thi tìm hiểu CCHC: vòng chung kết',
        startAt: at(-2 * HOUR),
        endAt: at(2 * HOUR),
        rounds: [{ key: 'rush', name: 'Vòng chung kết', startAt: at(-HOUR), endAt: at(HOUR), predictionQuestion: 'Bao nhiêu bài dự thi?', questions: QUESTIONS }],
      },
    });
    const base = `/api/contests/${contest.documentId}/rounds/rush`;

    // Participants open the quiz before the rush; only the submissions are timed.
    const starts = Array.from({ length: PARTICIPANTS }, (_, n) => ({ n }));
    await runPaced(starts, 20, () => request(agent, port, 'POST', `${base}/start`));
    const failedStarts = starts.filter((job) => job.result.status !== 201);
    if (failedStarts.length > 0) throw new Error(`${failedStarts.length} starts failed, e.g. ${JSON.stringify(failedStarts[0].result.body)}`);
    const tokens = starts.map((job) => job.result.body.data.attemptToken);

    // The rush: every participant once, and 500 of them again, each duplicate ~1 s after the original.
    const originals = tokens.map((token, n) => ({ n, token, duplicate: false }));
    const spacing = (RUSH_SECONDS * 1000) / (PARTICIPANTS + DUPLICATES);
    const duplicates = Array.from({ length: DUPLICATES }, (_, d) => {
      const n = Math.floor((d * PARTICIPANTS) / DUPLICATES);
      return { n, token: d % 2 === 0 ? tokens[n] : null, duplicate: true };
    });
    const jobs = [...originals];
    duplicates.forEach((job) => jobs.splice(Math.min(jobs.length, jobs.indexOf(originals[job.n]) + Math.ceil(1000 / spacing)), 0, job));
    jobs.forEach((job, index) => (job.due = index * spacing));
    // A fresh token for the second tries, fetched now so the rush itself holds only submissions.
    for (const job of jobs.filter((candidate) => candidate.token === null)) {
      job.token = (await request(agent, port, 'POST', `${base}/start`)).body.data.attemptToken;
    }

    const seconds = await runPaced(jobs, CONNECTIONS, (job) => request(agent, port, 'POST', `${base}/entries`, entryBody(job.n, job.token)));

    const statuses = {};
    for (const job of jobs) statuses[job.result.status] = (statuses[job.result.status] ?? 0) + 1;
    const fiveHundreds = jobs.filter((job) => job.result.status >= 500);
    const created = jobs.filter((job) => job.result.status === 201);
    const winsPerPerson = new Map();
    for (const job of created) winsPerPerson.set(job.n, (winsPerPerson.get(job.n) ?? 0) + 1);
    const stored = await strapi.db.query(ENTRY_UID).findMany({ where: { contestDocumentId: contest.documentId }, select: ['receipt'] });
    const storedReceipts = new Set(stored.map((row) => row.receipt));
    const latencies = jobs.map((job) => job.result.ms).sort((a, b) => a - b);

    const checks = {
      'entries stored = participants': stored.length === PARTICIPANTS,
      'every 201 has its stored entry': created.every((job) => storedReceipts.has(job.result.body.data.receipt)),
      'every participant won exactly once': winsPerPerson.size === PARTICIPANTS && [...winsPerPerson.values()].every((wins) => wins === 1),
      'every duplicate got 409': (statuses[409] ?? 0) === DUPLICATES && jobs.filter((job) => job.duplicate).every((job) => job.result.status === 409),
      'no 5xx': fiveHundreds.length === 0,
    };

    console.log(`contest rush on PostgreSQL: ${PARTICIPANTS} participants + ${DUPLICATES} duplicates over ${CONNECTIONS} connections, paced for ${RUSH_SECONDS} s`);
    console.log(`  finished in ${seconds.toFixed(2)} s: ${(jobs.length / seconds).toFixed(1)} submissions/s; statuses ${JSON.stringify(statuses)}`);
    console.log(`  submission latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${latencies[latencies.length - 1].toFixed(1)} ms`);
    console.log(`  entries stored = ${stored.length}`);
    for (const [name, ok] of Object.entries(checks)) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}`);
    if (fiveHundreds.length > 0) console.log(`  first 5xx: ${JSON.stringify(fiveHundreds[0].result.body)}`);

    await closeAndPublish(strapi, contest.documentId);
    const small = await leaderboardLatency(agent, port, contest.documentId, PARTICIPANTS);
    await bulkInsert(strapi, contest.documentId, PARTICIPANTS, LARGE_ROUND - PARTICIPANTS);
    const large = await leaderboardLatency(agent, port, contest.documentId, LARGE_ROUND);
    for (const result of [small, large]) {
      console.log(`  leaderboard (first and last page of 100) at ${result.entries} entries: p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, max ${result.max.toFixed(1)} ms`);
    }
    process.exitCode = Object.values(checks).every(Boolean) ? 0 : 1;
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    agent.destroy();
    await strapi.destroy();
    await dropDatabase();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
