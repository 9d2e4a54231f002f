#!/usr/bin/env node
/**
 * Draws the project's mark (a white tick on a blue rounded square: "cải cách", reform done) and
 * writes public/favicon.png and public/favicon.ico (an ICO holding that PNG). No image library:
 * the PNG is encoded by hand with zlib, so the icon can be regenerated on any machine.
 * Usage: node scripts/make-favicon.js
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZE = 64;
const BLUE = [29, 78, 216];
const WHITE = [255, 255, 255];
const TICK = [
  [17, 33],
  [28, 44],
  [48, 21],
];
const TICK_HALF_WIDTH = 5;
const CORNER_RADIUS = 12;

const clamp01 = (value) => Math.min(1, Math.max(0, value));

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = clamp01(((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Coverage (0…1) of the rounded square at a pixel centre, for a soft edge. */
function squareCoverage(x, y) {
  const inner = SIZE / 2 - CORNER_RADIUS;
  const qx = Math.max(Math.abs(x - SIZE / 2) - inner, 0);
  const qy = Math.max(Math.abs(y - SIZE / 2) - inner, 0);
  return clamp01(CORNER_RADIUS - Math.hypot(qx, qy) + 0.5);
}

function tickCoverage(x, y) {
  const distance = Math.min(distanceToSegment(x, y, TICK[0], TICK[1]), distanceToSegment(x, y, TICK[1], TICK[2]));
  return clamp01(TICK_HALF_WIDTH - distance + 0.5);
}

function pixels() {
  const rows = [];
  for (let y = 0; y < SIZE; y += 1) {
    const row = [0]; // PNG filter type "none"
    for (let x = 0; x < SIZE; x += 1) {
      const tick = tickCoverage(x + 0.5, y + 0.5);
      const colour = BLUE.map((channel, i) => Math.round(channel + (WHITE[i] - channel) * tick));
      row.push(...colour, Math.round(255 * squareCoverage(x + 0.5, y + 0.5)));
    }
    rows.push(Buffer.from(row));
  }
  return Buffer.concat(rows);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function png() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(pixels(), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An ICO with one PNG-compressed image, which every current browser reads. */
function ico(image) {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(SIZE, 6);
  header.writeUInt8(SIZE, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(image.length, 14);
  header.writeUInt32LE(header.length, 18);
  return Buffer.concat([header, image]);
}

const publicDir = path.resolve(__dirname, '..', 'public');
const image = png();
fs.writeFileSync(path.join(publicDir, 'favicon.png'), image);
fs.writeFileSync(path.join(publicDir, 'favicon.ico'), ico(image));
console.log(`wrote public/favicon.png (${image.length} bytes) and public/favicon.ico`);
