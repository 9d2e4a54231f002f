/**
 * Server half of bench/attack.js, run as a child process so a blocked event loop can be observed
 * from outside and the process killed. Boots the compiled app (NODE_ENV=production, the database
 * named by the parent's env), seeds the demo content plus the sweep fixtures (first start only),
 * listens on 127.0.0.1 and measures event-loop delay with perf_hooks.monitorEventLoopDelay.
 *
 * IPC: sends { ready, port, context, fullAccessToken }; answers { delay } to 'delay' (max in ms since
 * the last 'delay' message, then resets) and stops on 'stop'.
 */
const crypto = require('crypto');
const path = require('path');
const { monitorEventLoopDelay } = require('perf_hooks');

const APP_DIR = path.resolve(__dirname, '..');

// The sweep generators and fixtures live in tests/helpers (TypeScript).
require('./load-ts');

async function main() {
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist') }).load();
  const { createSweepFixtures } = require('../tests/helpers/sweep-fixtures.ts');
  const { sweepContext } = require('../tests/helpers/sweep-context.ts');

  const documentIds = process.env.ATTACK_DOCUMENT_IDS ? JSON.parse(process.env.ATTACK_DOCUMENT_IDS) : (await createSweepFixtures(strapi)).documentIds;
  const token = await strapi.service('admin::api-token-content-api').create({
    name: `attack-bench-${crypto.randomBytes(4).toString('hex')}`,
    type: 'full-access',
    kind: 'content-api',
    lifespan: null,
  });
  await strapi.server.mount();
  await new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));

  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  process.on('message', async (message) => {
    if (message === 'delay') {
      process.send({ delay: histogram.max / 1e6 });
      histogram.reset();
    } else if (message === 'stop') {
      histogram.disable();
      await strapi.destroy();
      process.exit(0);
    }
  });
  process.send({
    ready: true,
    port: strapi.server.httpServer.address().port,
    context: sweepContext(strapi, documentIds),
    fullAccessToken: token.accessKey,
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
