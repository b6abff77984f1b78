/**
 * Draws the toolbar icon (a green lens over a document line) at 16, 32, 48 and 128 px into public/icon/.
 * Procedural and dependency-free (PNG written with node:zlib), so the icon can be remade anywhere:
 *   node scripts/make-icons.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 4x4 supersampling for smooth edges
      let acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const p = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          const a = p[3] / 255;
          acc = [acc[0] + p[0] * a, acc[1] + p[1] * a, acc[2] + p[2] * a, acc[3] + p[3]];
        }
      const alpha = acc[3] / 16;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const k = alpha > 0 ? 255 / (alpha * 16) : 0;
      raw[o] = Math.round(acc[0] * k);
      raw[o + 1] = Math.round(acc[1] * k);
      raw[o + 2] = Math.round(acc[2] * k);
      raw[o + 3] = Math.round(alpha);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const GREEN = [22, 128, 72, 255];
const PAPER = [255, 255, 255, 255];
const INK = [40, 52, 64, 255];
const NONE = [0, 0, 0, 0];

function icon(x, y) {
  const cx = 0.42, cy = 0.42, r = 0.3, ring = 0.085;
  const d = Math.hypot(x - cx, y - cy);
  // handle: a thick segment from the lens towards the bottom-right corner
  const t = Math.max(0, Math.min(1, ((x - cx) + (y - cy)) / 2 / 0.5));
  const hx = cx + t * 0.5, hy = cy + t * 0.5;
  if (t > 0.55 && Math.hypot(x - hx, y - hy) < 0.085 && x < 0.93 && y < 0.93) return INK;
  if (d > r - ring && d < r + ring * 0.2) return GREEN;
  if (d <= r - ring) {
    // a page inside the lens: two text lines and a check mark
    if (Math.abs(y - 0.36) < 0.03 && x > 0.27 && x < 0.57) return INK;
    if (Math.abs(y - 0.46) < 0.03 && x > 0.27 && x < 0.5) return INK;
    return PAPER;
  }
  return NONE;
}

mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png(size, icon));
}
console.log('public/icon/{16,32,48,128}.png written');
