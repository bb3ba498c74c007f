#!/usr/bin/env node
// Draws the extension icon (media/icon.png, 128×128) with Node alone: an open book on a blue tile, antialiased by
// 4×4 supersampling, written as an RGBA PNG with node:zlib. Run it again after changing the drawing; the PNG is
// committed so packaging needs nothing but the file.
// usage: node scripts/make-icon.mjs [OUT]
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
/** A page: a quadrilateral whose top and bottom edges slope towards the spine, like an open book seen from above. */
const page = (outerX, spineX, top, bottom, lift) => (x, y) => {
  const t = (x - outerX) / (spineX - outerX);
  if (t < 0 || t > 1) return false;
  return y >= top + lift * t && y <= bottom + lift * t * 0.4;
};
const bar = (x0, x1, y, height, spineX, outerX, lift) => (x, y1) => {
  const t = (x - outerX) / (spineX - outerX);
  const shifted = y + lift * t;
  return x >= Math.min(x0, x1) && x <= Math.max(x0, x1) && y1 >= shifted && y1 <= shifted + height;
};
const ribbon = (x0, x1, top, bottom, notch) => (x, y) => {
  if (x < x0 || x > x1 || y < top) return false;
  const middle = (x0 + x1) / 2;
  return y <= bottom - notch * (1 - Math.abs(x - middle) / ((x1 - x0) / 2));
};

// Painted in order; later layers cover earlier ones. Colours are [r, g, b].
const layers = [
  { shape: roundedRect(4, 4, 124, 124, 26), color: (x, y) => [31 - y / 16, 58 - y / 12, 104 - y / 10] },
  { shape: page(20, 63, 34, 98, 6), color: () => [246, 243, 234] },
  { shape: page(108, 65, 34, 98, 6), color: () => [236, 232, 220] },
  ...[48, 58, 68, 78].map((y) => ({ shape: bar(28, 56, y, 3.2, 63, 20, 6), color: () => [148, 160, 182] })),
  ...[58, 68, 78].map((y) => ({ shape: bar(72, 100, y, 3.2, 65, 108, 6), color: () => [148, 160, 182] })),
  { shape: ribbon(86, 96, 36, 62, 6), color: () => [230, 170, 40] },
];

const pixels = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    let [r, g, b, a] = [0, 0, 0, 0];
    for (const { shape, color } of layers) {
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) if (shape(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)) covered++;
      }
      if (covered === 0) continue;
      const coverage = covered / (SAMPLES * SAMPLES);
      const [cr, cg, cb] = color(px, py);
      const outA = coverage + a * (1 - coverage); // "over" compositing, straight alpha
      [r, g, b] = [[cr, r], [cg, g], [cb, b]].map(([top, under]) => (top * coverage + under * a * (1 - coverage)) / outA);
      a = outA;
    }
    pixels.set([r, g, b, a * 255].map((value) => Math.round(Math.max(0, Math.min(255, value)))), (py * SIZE + px) * 4);
  }
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const rows = Buffer.concat(Array.from({ length: SIZE }, (_, y) => Buffer.concat([Buffer.from([0]), pixels.subarray(y * SIZE * 4, (y + 1) * SIZE * 4)])));
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
const out = process.argv[2] ?? new URL('../media/icon.png', import.meta.url).pathname;
writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
