import { crc32, deflateSync } from "node:zlib";

type Rgb = readonly [number, number, number];

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A real PNG for the demo's photos: a diagonal gradient from `from` to `to`, with a band of `band` across its
 * lower third, so that the thumbnails of different photos look different. Encoded here (8-bit RGB, no
 * filter, deflated) rather than shipped as files or drawn with a new dependency.
 */
export function demoPng(width: number, height: number, from: Rgb, to: Rgb, band: Rgb): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // colour type: RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    rows[row] = 0; // filter: none
    const inBand = y > (height * 2) / 3 && y < (height * 5) / 6;
    for (let x = 0; x < width; x++) {
      const f = (x / width + y / height) / 2;
      const banded = inBand && x > width / 8 && x < (width * 7) / 8;
      const pixel = banded ? band : from.map((v, c) => Math.round(v * (1 - f) + (to[c] ?? v) * f));
      Buffer.from(pixel).copy(rows, row + 1 + x * 3);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
