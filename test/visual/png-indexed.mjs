// Writes screenshots as 8-bit indexed PNGs: widget screenshots hold few colours (text
// anti-aliased between a handful of surfaces), so a palette makes the committed references about
// a third of pngjs's RGBA. When a screenshot has more than 256 colours, its channels lose their
// lowest bits until it fits: at most a few levels of 255, far below the comparison's threshold.
import { crc32, deflateSync } from 'node:zlib';

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes RGBA pixels (alpha ignored: screenshots are opaque) as an indexed PNG. */
export function encodeIndexed({ width, height, data }) {
  for (let drop = 0; drop < 8; drop++) {
    const mask = (0xff << drop) & 0xff;
    const round = (v) => (drop ? Math.min(255, (v & mask) + (1 << (drop - 1))) : v);
    const palette = new Map();
    const rows = Buffer.alloc((width + 1) * height);
    let fits = true;
    for (let y = 0, o = 0; y < height && fits; y++) {
      rows[o++] = 0;
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        const key = (round(data[i]) << 16) | (round(data[i + 1]) << 8) | round(data[i + 2]);
        let index = palette.get(key);
        if (index === undefined) {
          if (palette.size === 256) {
            fits = false;
            break;
          }
          index = palette.size;
          palette.set(key, index);
        }
        rows[o++] = index;
      }
    }
    if (!fits) continue;
    const plte = Buffer.alloc(palette.size * 3);
    for (const [key, index] of palette) plte.writeUIntBE(key, index * 3, 3);
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(width, 0);
    ihdr.writeUInt32BE(height, 4);
    ihdr.set([8, 3, 0, 0, 0], 8);
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('PLTE', plte),
      chunk('IDAT', deflateSync(rows, { level: 9 })),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
  throw new Error('unreachable: one bit per channel always fits a palette');
}
