import * as fs from "fs";
import { decodePng, drawIcon, ICON_SIZES, iconPath, type RgbaImage } from "../../scripts/make-icons";

const pixel = (image: RgbaImage, x: number, y: number): number[] => {
  const i = (y * image.width + x) * 4;
  return [...image.rgba.subarray(i, i + 4)];
};

/** Opaque pixels within a small distance of an sRGB colour. */
function countNear(image: RgbaImage, [r, g, b]: readonly [number, number, number]): number {
  let n = 0;
  for (let i = 0; i < image.rgba.length; i += 4) {
    const near =
      Math.abs(image.rgba[i]! - r) + Math.abs(image.rgba[i + 1]! - g) + Math.abs(image.rgba[i + 2]! - b);
    if (image.rgba[i + 3] === 255 && near <= 24) n++;
  }
  return n;
}

describe.each(ICON_SIZES.map((s) => [s]))("assets/icon-%i.png", (size) => {
  const committed = decodePng(fs.readFileSync(iconPath(size)));

  it("is a square PNG of its nominal size", () => {
    expect([committed.width, committed.height]).toEqual([size, size]);
  });

  it("is exactly what scripts/make-icons.ts draws", () => {
    const drawn = drawIcon(size);
    expect(Buffer.from(committed.rgba).equals(Buffer.from(drawn.rgba))).toBe(true);
  });

  it("has a transparent background and real artwork (not a flat placeholder)", () => {
    const area = size * size;
    expect(pixel(committed, size - 1, 0)[3]).toBe(0);
    expect(pixel(committed, 0, 0)[3]).toBeLessThan(255);
    let transparent = 0;
    let opaque = 0;
    const colours = new Set<string>();
    for (let i = 0; i < committed.rgba.length; i += 4) {
      const a = committed.rgba[i + 3]!;
      if (a === 0) transparent++;
      if (a === 255) {
        opaque++;
        colours.add(committed.rgba.subarray(i, i + 3).join(","));
      }
    }
    expect(transparent).toBeGreaterThan(area * 0.05);
    expect(opaque).toBeGreaterThan(area * 0.5);
    expect(colours.size).toBeGreaterThanOrEqual(4);
  });

  it("shows the blue sheet header, white cells and the teal person at every size", () => {
    const area = size * size;
    expect(countNear(committed, [0x0f, 0x6c, 0xbd])).toBeGreaterThan(area * 0.08);
    expect(countNear(committed, [0xff, 0xff, 0xff])).toBeGreaterThan(area * 0.08);
    // The person is smallest at 16 px: 20 of 256 pixels.
    expect(countNear(committed, [0x03, 0x83, 0x87])).toBeGreaterThan(area * 0.06);
  });
});
