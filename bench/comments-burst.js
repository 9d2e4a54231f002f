#!/usr/bin/env node
/**
 * Comment burst (issue 8, acceptance 3): 200 concurrent anonymous submitters, each request from its
 * own client address (X-Forwarded-For, server started with IS_PROXIED=true), for 20 seconds against
 * a production-like server (NODE_ENV=production, compiled app, its own process) on PostgreSQL.
 *
 *   npm run bench:comments
 *
 * Checks that every 202 answer is exactly one stored comment (no lost and no phantom writes) and
 * that nothing answers 5xx; reports throughput and latency percentiles. The proof-of-work challenge
 * is turned off (COMMENT_CHALLENGE=false): its work is the client's, and the burst is about the
 * server's writes. Bounded: 127.0.0.1 only, a temporary database dropped afterwards.
 *
 * Environment: BENCH_CONNECTIONS (200), BENCH_SECONDS (20), DATABASE_HOST/USERNAME/PASSWORD.
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { fork } = require('child_process');
const { Client } = require('pg');

const APP_DIR = path.resolve(__dirname, '..');
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const pgConnection = (database) => ({
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? 5432),
  user: process.env.DATABASE_USERNAME ?? 'postgres',
  password: process.env.DATABASE_PASSWORD,
  database,
});

async function withClient(database, run) {
  const client = new Client(pgConnection(database));
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

// ------------------------------------------------------------------ server (child process)

async function serve() {
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi(await compileStrapi({ appDir: APP_DIR })).load();
  const reference = (uid, data) => strapi.documents(uid).create({ data, status: 'published', locale: 'vi' });
  const category = await reference('api::category.category', { name: 'Tin tức', slug: 'tin-tuc' });
  const agency = await reference('api::agency.agency', { name: 'UBND tỉnh Lạng Sơn', abbreviation: 'UBND', level: 'province', province: 'Lạng Sơn' });
  const area = await reference('api::reform-area.reform-area', { code: 'administrative_procedures', name: 'Cải cách TTHC' });
  const article = await reference('api::news-article.news-article', {
    title: 'Đẩy mạnh tuyên truyền cải cách hành chính',
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung tin.' }] }],
    publishedDate: '2024-03-01',
    category: category.documentId,
    agency: agency.documentId,
    province: 'Lạng Sơn',
    reformAreas: [area.documentId],
  });
  await strapi.server.mount();
  await new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  process.send({ port: strapi.server.httpServer.address().port, article: article.documentId });
  process.on('message', async (message) => {
    if (message !== 'stop') return;
    await strapi.destroy();
    process.exit(0);
  });
}

// ------------------------------------------------------------------ load generator

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function burst(baseUrl, article) {
  const statuses = new Map();
  const latencies = [];
  let sequence = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const submitter = async () => {
    while (Date.now() < deadline) {
      sequence += 1;
      const n = sequence;
      const body = JSON.stringify({
        data: {
          targetType: 'news-article',
          targetDocumentId: article,
          authorName: `Bạn đọc ${n}`,
          authorEmail: `ban.doc.${n}@example.com`,
          content: `Ý kiến số ${n}: đề nghị rút ngắn thời gian giải quyết hồ sơ.`,
        },
      });
      const started = process.hrtime.bigint();
      let status;
      try {
        const response = await fetch(`${baseUrl}/api/comments/submit`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
          body,
        });
        await response.arrayBuffer();
        status = String(response.status);
      } catch (error) {
        status = `error:${error.cause?.code ?? error.message}`;
      }
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  const started = Date.now();
  // Every request is awaited to its answer, so a 202 counted here is a write the server finished.
  await Promise.all(Array.from({ length: CONNECTIONS }, submitter));
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { statuses: Object.fromEntries(statuses), requests: latencies.length, elapsed, latencies };
}

async function main() {
  const secret = () => crypto.randomBytes(16).toString('hex');
  const database = `cchc_bench_comments_${process.pid}`;
  await withClient('postgres', (client) => client.query(`CREATE DATABASE "${database}"`));
  const env = {
    ...process.env,
    APP_KEYS: `${secret()},${secret()}`, API_TOKEN_SALT: secret(), ADMIN_JWT_SECRET: secret(), TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(), ENCRYPTION_KEY: secret(), DATA_HASH_SECRET: secret(),
    DATABASE_CLIENT: 'postgres', DATABASE_NAME: database, HOST: '127.0.0.1',
    NODE_ENV: 'production', IS_PROXIED: 'true', COMMENT_CHALLENGE: 'false', REDIS_URL: '',
    SERVE_ADMIN_PANEL: 'false', SEED_DEMO_CONTENT: 'false', LOG_LEVEL: 'error', STRAPI_TELEMETRY_DISABLED: 'true',
  };
  const server = fork(__filename, ['--serve'], { env, stdio: 'inherit' });
  try {
    const { port, article } = await new Promise((resolve, reject) => {
      server.once('message', resolve);
      server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    const result = await burst(`http://127.0.0.1:${port}`, article);
    const stored = await withClient(database, async (client) => {
      const { rows } = await client.query('SELECT count(*)::int AS n FROM comments WHERE published_at IS NULL AND target_document_id = $1', [article]);
      return rows[0].n;
    });
    const accepted = result.statuses['202'] ?? 0;
    const serverErrors = Object.entries(result.statuses).filter(([status]) => /^5/.test(status) || status.startsWith('error')).reduce((sum, [, count]) => sum + count, 0);
    const summary = {
      database: 'PostgreSQL',
      connections: CONNECTIONS,
      seconds: SECONDS,
      requests: result.requests,
      statuses: result.statuses,
      accepted,
      stored,
      serverErrors,
      throughputPerSecond: Number((result.requests / result.elapsed).toFixed(1)),
      latencyMs: { p50: percentile(result.latencies, 50), p90: percentile(result.latencies, 90), p99: percentile(result.latencies, 99), max: result.latencies.at(-1) },
    };
    const ms = (value) => `${value.toFixed(1)} ms`;
    console.log(`comment burst on PostgreSQL: ${CONNECTIONS} concurrent submitters (one client address per request) for ${SECONDS} s`);
    console.log(`  requests ${summary.requests}, statuses ${JSON.stringify(summary.statuses)}`);
    console.log(`  accepted (202) ${accepted}, stored comments ${stored} → ${accepted === stored ? 'equal' : 'MISMATCH'}; 5xx/errors ${serverErrors}`);
    console.log(`  throughput ${summary.throughputPerSecond} req/s; latency p50 ${ms(summary.latencyMs.p50)}, p90 ${ms(summary.latencyMs.p90)}, p99 ${ms(summary.latencyMs.p99)}, max ${ms(summary.latencyMs.max)}`);
    fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
    fs.writeFileSync(path.join(__dirname, 'results', 'comments-burst-postgresql.json'), JSON.stringify(summary, null, 2));
    process.exitCode = accepted === stored && serverErrors === 0 && accepted > 0 ? 0 : 1;
  } finally {
    if (server.exitCode === null && server.connected) {
      server.send('stop');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    await withClient('postgres', (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  }
}

if (process.argv.includes('--serve')) {
  serve().catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
