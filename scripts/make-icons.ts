// Draws the add-in icons (assets/icon-16/32/64/80.png): a spreadsheet with a blue header row and a
// teal person in front of it, i.e. "people in an employment area, in Excel". Drawn with code, not
// downloaded: shapes are sampled 8×8 times per pixel for anti-aliasing, and 16 px has its own
// pixel-aligned layout so the grid stays crisp at ribbon size.
//
// Usage: tsx scripts/make-icons.ts   (rewrites the PNGs in assets/)
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

export const ICON_SIZES = [16, 32, 64, 80] as const;

/** Straight (not premultiplied) 8-bit RGBA, rows top to bottom. */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
}

type Inside = (x: number, y: number) => boolean;
type Rgb = readonly [number, number, number];

// Fluent UI palette: brand blue, its darker shade for the frame, a light tint for the grid lines,
// and the shared "teal" colour for the person.
const FRAME: Rgb = [0x11, 0x5e, 0xa3];
const HEADER: Rgb = [0x0f, 0x6c, 0xbd];
const GRID: Rgb = [0x96, 0xc6, 0xfa];
const SHEET: Rgb = [0xff, 0xff, 0xff];
const PERSON: Rgb = [0x03, 0x83, 0x87];

const rect =
  (x0: number, y0: number, x1: number, y1: number): Inside =>
  (x, y) =>
    x >= x0 && x < x1 && y >= y0 && y < y1;

function roundRect(x0: number, y0: number, x1: number, y1: number, r: number): Inside {
  return (x, y) => {
    if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
    const dx = x < x0 + r ? x0 + r - x : x > x1 - r ? x - (x1 - r) : 0;
    const dy = y < y0 + r ? y0 + r - y : y > y1 - r ? y - (y1 - r) : 0;
    return dx * dx + dy * dy <= r * r;
  };
}

const circle =
  (cx: number, cy: number, r: number): Inside =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const union =
  (...shapes: Inside[]): Inside =>
  (x, y) =>
    shapes.some((s) => s(x, y));

/** Head and shoulders; `grow` widens every edge (the transparent gap that separates it from the sheet). */
function person(
  cx: number,
  headY: number,
  headR: number,
  bodyTop: number,
  bodyHalf: number,
  bottom: number,
  grow = 0,
) {
  const head = circle(cx, headY, headR + grow);
  const bodyR = bodyHalf + grow;
  // Shoulders: the top of a tall rounded rectangle, cut off at the icon's bottom edge.
  const body = roundRect(cx - bodyR, bodyTop - grow, cx + bodyR, bottom + bodyR * 2, bodyR);
  return union(head, (x, y) => y < bottom && body(x, y));
}

class Canvas {
  // Premultiplied RGBA in 0..1, so "over" and "erase" are plain products.
  private readonly px: Float64Array;
  private static readonly SAMPLES = 8;

  constructor(readonly size: number) {
    this.px = new Float64Array(size * size * 4);
  }

  private coverage(shape: Inside, px: number, py: number): number {
    const n = Canvas.SAMPLES;
    let hits = 0;
    for (let sy = 0; sy < n; sy++) {
      for (let sx = 0; sx < n; sx++) if (shape(px + (sx + 0.5) / n, py + (sy + 0.5) / n)) hits++;
    }
    return hits / (n * n);
  }

  fill(shape: Inside, [r, g, b]: Rgb): void {
    for (let y = 0; y < this.size; y++) {
      for (let x = 0; x < this.size; x++) {
        const a = this.coverage(shape, x, y);
        if (a === 0) continue;
        const i = (y * this.size + x) * 4;
        const keep = 1 - a;
        this.px[i] = (r / 255) * a + (this.px[i] ?? 0) * keep;
        this.px[i + 1] = (g / 255) * a + (this.px[i + 1] ?? 0) * keep;
        this.px[i + 2] = (b / 255) * a + (this.px[i + 2] ?? 0) * keep;
        this.px[i + 3] = a + (this.px[i + 3] ?? 0) * keep;
      }
    }
  }

  /** Makes the shape's area transparent again. */
  erase(shape: Inside): void {
    for (let y = 0; y < this.size; y++) {
      for (let x = 0; x < this.size; x++) {
        const keep = 1 - this.coverage(shape, x, y);
        const i = (y * this.size + x) * 4;
        for (let c = 0; c < 4; c++) this.px[i + c] = (this.px[i + c] ?? 0) * keep;
      }
    }
  }

  toImage(): RgbaImage {
    const rgba = new Uint8Array(this.size * this.size * 4);
    for (let i = 0; i < rgba.length; i += 4) {
      const a = this.px[i + 3] ?? 0;
      for (let c = 0; c < 3; c++) rgba[i + c] = a === 0 ? 0 : Math.round(((this.px[i + c] ?? 0) / a) * 255);
      rgba[i + 3] = Math.round(a * 255);
    }
    return { width: this.size, height: this.size, rgba };
  }
}

/** The icon at `size` px (16 has its own pixel grid; larger sizes scale a 32-unit design). */
export function drawIcon(size: number): RgbaImage {
  const canvas = new Canvas(size);
  if (size < 24) {
    // 16 px: every edge on a whole pixel.
    canvas.fill(roundRect(0, 1, 13, 15, 1), FRAME);
    canvas.fill(rect(1, 2, 12, 14), SHEET);
    canvas.fill(rect(1, 2, 12, 5), HEADER);
    canvas.fill(union(rect(5, 5, 6, 14), rect(1, 9, 12, 10)), GRID);
    canvas.erase(person(12, 9, 2, 12, 4, 16, 1));
    canvas.fill(person(12, 9, 2, 12, 4, 16), PERSON);
    return canvas.toImage();
  }
  const u = size / 32;
  const s = (v: number): number => v * u;
  // Straight edges on whole pixels so the frame and grid stay sharp at every size.
  const p = (v: number): number => Math.round(v * u);
  const border = Math.max(1, Math.round(u));
  const line = Math.max(1, Math.round(1.25 * u));
  const [left, top, right, bottom] = [p(1), p(3), p(26), p(29)];
  canvas.fill(roundRect(left, top, right, bottom, s(2.5)), FRAME);
  const sheet = roundRect(
    left + border,
    top + border,
    right - border,
    bottom - border,
    Math.max(0, s(2.5) - border),
  );
  canvas.fill(sheet, SHEET);
  canvas.fill((x, y) => y < p(10) && sheet(x, y), HEADER);
  canvas.fill(
    union(
      rect(p(10), p(10), p(10) + line, bottom - border),
      rect(p(18), p(10), p(18) + line, bottom - border),
      rect(left + border, p(16), right - border, p(16) + line),
      rect(left + border, p(22), right - border, p(22) + line),
    ),
    GRID,
  );
  canvas.erase(person(s(24), s(18), s(4), s(24), s(7.5), s(32), s(1.75)));
  canvas.fill(person(s(24), s(18), s(4), s(24), s(7.5), s(32)), PERSON);
  return canvas.toImage();
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A truecolour-with-alpha PNG, no filtering (each scanline starts with filter type 0). */
export function encodePng(image: RgbaImage): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(image.width, 0);
  ihdr.writeUInt32BE(image.height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const stride = image.width * 4;
  const raw = Buffer.alloc((stride + 1) * image.height);
  for (let y = 0; y < image.height; y++)
    raw.set(image.rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

/** Reads back a PNG written by encodePng (8-bit RGBA, unfiltered); anything else is an error. */
export function decodePng(png: Buffer): RgbaImage {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error("not a PNG");
  let pos = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const length = png.readUInt32BE(pos);
    const type = png.toString("latin1", pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + length);
    if (crc32(png.subarray(pos + 4, pos + 8 + length)) !== png.readUInt32BE(pos + 8 + length)) {
      throw new Error(`bad CRC in ${type}`);
    }
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[9] !== 6 || data[12] !== 0) throw new Error("not 8-bit non-interlaced RGBA");
    } else if (type === "IDAT") idat.push(data);
    pos += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    if (raw[y * (stride + 1)] !== 0) throw new Error(`row ${y} uses a PNG filter; expected none`);
    rgba.set(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), y * stride);
  }
  return { width, height, rgba };
}

export const iconPath = (size: number): string => path.resolve(__dirname, "..", "assets", `icon-${size}.png`);

if (require.main === module) {
  for (const size of ICON_SIZES) {
    fs.writeFileSync(iconPath(size), encodePng(drawIcon(size)));
    process.stdout.write(`${path.relative(process.cwd(), iconPath(size))}\n`);
  }
}
