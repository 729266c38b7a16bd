import * as fs from "fs";
import * as path from "path";
import { PNG } from "pngjs";
import { DEV_BASE_URL } from "../../scripts/manifest-urls";

// The icons are committed artwork (assets/icon-*.png). These tests hold the files to what Office
// needs of them: a valid PNG, square, of the size the manifest uses it at, and every one in use.
const repo = path.resolve(__dirname, "../..");
const assets = path.join(repo, "assets");
const manifest = fs.readFileSync(path.join(repo, "manifest.xml"), "utf8");
const committed = fs.readdirSync(assets).filter((f) => /^icon-\d+\.png$/.test(f));

/** Each icon file the manifest names, with every size it is used at (bt:Image sizes, IconUrl 32, HighResolutionIconUrl 64). */
function manifestIconSizes(): Map<string, Set<number>> {
  const byId = new Map<string, string>();
  for (const m of manifest.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"/g)) byId.set(m[1]!, m[2]!);
  const uses: [string, number][] = [
    ...[...manifest.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)].map((m): [string, number] => [
      byId.get(m[2]!) ?? `(no bt:Image ${m[2]})`,
      Number(m[1]),
    ]),
    ...[...manifest.matchAll(/<(IconUrl|HighResolutionIconUrl) DefaultValue="([^"]+)"/g)].map(
      (m): [string, number] => [m[2]!, m[1] === "IconUrl" ? 32 : 64],
    ),
  ];
  const sizes = new Map<string, Set<number>>();
  for (const [url, size] of uses) {
    const file = url.startsWith(`${DEV_BASE_URL}/assets/`)
      ? url.slice(`${DEV_BASE_URL}/assets/`.length)
      : url;
    sizes.set(file, (sizes.get(file) ?? new Set()).add(size));
  }
  return sizes;
}

const read = (file: string): PNG =>
  PNG.sync.read(fs.readFileSync(path.join(assets, file)), { checkCRC: true });

describe("the committed icons and the manifest", () => {
  const sizes = manifestIconSizes();

  it("uses the 16, 32, 64 and 80 px icons Office asks for, each from assets/", () => {
    expect([...sizes.keys()].sort()).toEqual(["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]);
    expect(sizes.get("icon-32.png")).toEqual(new Set([32]));
    expect(sizes.get("icon-64.png")).toEqual(new Set([64]));
  });

  it("has no icon file in assets/ that the manifest does not use", () => {
    expect(committed.filter((f) => !sizes.has(f))).toEqual([]);
  });
});

describe.each(committed.map((f) => [f]))("assets/%s", (file) => {
  const image = read(file);

  it("is a valid PNG (every chunk's CRC checked, image data decoded in full) with an alpha channel", () => {
    expect(image.data).toHaveLength(image.width * image.height * 4);
    expect(fs.readFileSync(path.join(assets, file)).readUInt8(25) & 4).toBe(4); // colour type with alpha
  });

  it("is square at the size in its name, the size the manifest uses it at", () => {
    const nominal = Number(/^icon-(\d+)\.png$/.exec(file)![1]);
    expect([image.width, image.height]).toEqual([nominal, nominal]);
    expect([...(manifestIconSizes().get(file) ?? [])]).toEqual([nominal]);
  });

  it("has a transparent background and real artwork (not a flat placeholder)", () => {
    const area = image.width * image.height;
    const alpha = (x: number, y: number): number => image.data[(y * image.width + x) * 4 + 3]!;
    expect(alpha(image.width - 1, 0)).toBe(0);
    let transparent = 0;
    let opaque = 0;
    const colours = new Set<string>();
    for (let i = 0; i < image.data.length; i += 4) {
      const a = image.data[i + 3]!;
      if (a === 0) transparent++;
      if (a === 255) {
        opaque++;
        colours.add(image.data.subarray(i, i + 3).join(","));
      }
    }
    expect(transparent).toBeGreaterThan(area * 0.05);
    expect(opaque).toBeGreaterThan(area * 0.5);
    expect(colours.size).toBeGreaterThanOrEqual(4);
  });
});

describe("a broken icon file", () => {
  it("is refused by the PNG reader the tests and the manifest validator use", () => {
    const good = fs.readFileSync(path.join(assets, "icon-16.png"));
    const corrupt = Buffer.from(good);
    corrupt.writeUInt8(corrupt.readUInt8(corrupt.length - 20) ^ 0xff, corrupt.length - 20); // inside the image data: its CRC no longer matches
    expect(() => PNG.sync.read(corrupt, { checkCRC: true })).toThrow();
    expect(() => PNG.sync.read(good.subarray(0, 40))).toThrow();
  });
});
