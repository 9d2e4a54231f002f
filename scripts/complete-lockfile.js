#!/usr/bin/env node
/**
 * The npm registry reachable from this project's machines serves only some platform builds of
 * native optional packages (@rollup/rollup-*, @swc/core-*), so `npm install` writes a lockfile
 * without the others and `npm ci` then calls it out of sync. This adds the missing optional
 * entries (version, os, cpu, libc from the package name) so `npm ci` accepts the lockfile; npm skips
 * them on every platform they do not fit, and nothing is downloaded for them.
 *
 *   node scripts/complete-lockfile.js    after any `npm install` that rewrote package-lock.json
 */
const fs = require('fs');
const path = require('path');

const LOCKFILE = path.resolve(__dirname, '..', 'package-lock.json');
const OSES = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'win32', 'sunos', 'aix', 'netbsd'];
const CPUS = ['arm64', 'arm', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'mips64el'];

/** "@rollup/rollup-linux-arm-musleabihf" → { os: ['linux'], cpu: ['arm'], libc: ['musl'] } */
function platformOf(name) {
  const tokens = name.split('/').pop().split('-');
  const os = tokens.find((token) => OSES.includes(token));
  const cpu = tokens.find((token) => CPUS.includes(token));
  if (!os || !cpu) return null;
  const libc = tokens.some((token) => token.startsWith('musl')) ? ['musl'] : os === 'linux' && tokens.some((token) => token.startsWith('gnu')) ? ['glibc'] : undefined;
  return { os: [os], cpu: [cpu], ...(libc ? { libc } : {}) };
}

/** Where npm would look for `name` required by the package at `parentPath`. */
function resolvedPath(packages, parentPath, name) {
  for (let dir = parentPath; ; dir = dir.slice(0, dir.lastIndexOf('/node_modules/'))) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir.includes('/node_modules/')) {
      const top = `node_modules/${name}`;
      return packages[top] ? top : null;
    }
  }
}

const lock = JSON.parse(fs.readFileSync(LOCKFILE, 'utf8'));
const added = [];
for (const [parentPath, parent] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(parent.optionalDependencies ?? {})) {
    if (resolvedPath(lock.packages, parentPath, name)) continue;
    const platform = platformOf(name);
    if (!platform || !/^\d+\.\d+\.\d+/.test(version)) continue;
    const target = lock.packages[`node_modules/${name}`] ? `${parentPath}/node_modules/${name}` : `node_modules/${name}`;
    // Key order as npm writes it (version, then the rest alphabetically), so `npm install` keeps it.
    const fields = { ...platform, ...(parent.dev ? { dev: true } : {}), optional: true };
    lock.packages[target] = { version, ...Object.fromEntries(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b))) };
    added.push(`${name}@${version}`);
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
fs.writeFileSync(LOCKFILE, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `Added ${added.length} optional platform entries: ${added.join(', ')}` : 'Lockfile already complete.');
