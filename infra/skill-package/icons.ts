import { crc32, deflateSync } from 'node:zlib';

/**
 * The skill icons Alexa requires: a 108×108 and a 512×512 PNG. They are drawn here, with
 * Node alone, each time a skill package is written, so the repository holds no binary that can
 * drift from its source.
 *
 * The mark: a white dumbbell over an amber pulse line on deep teal, training and the body's
 * signal. Everything sits well inside the inscribed circle, since the Alexa app may show icons
 * cropped to a circle.
 */
export const ICONS = [
  { field: 'smallIconUri', size: 108 },
  { field: 'largeIconUri', size: 512 },
] as const;

export type IconField = (typeof ICONS)[number]['field'];

/** Where an icon goes in the ASK CLI skill package, relative to `skill-package/`. */
export function iconPath(locale: string, field: IconField): string {
  return `assets/images/${locale}_${field}.png`;
}

type Rgb = readonly [number, number, number];

const TEAL: Rgb = [17, 94, 89];
const WHITE: Rgb = [255, 255, 255];
const AMBER: Rgb = [251, 191, 36];

interface Point {
  x: number;
  y: number;
}

/** Signed distance from p to a box centred at c with half-sizes h and corner radius r. */
function roundedBox(p: Point, c: Point, hx: number, hy: number, r: number): number {
  const qx = Math.abs(p.x - c.x) - hx + r;
  const qy = Math.abs(p.y - c.y) - hy + r;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

/** Signed distance from p to a segment a–b drawn with round ends and half-width r. */
function capsule(p: Point, a: Point, b: Point, r: number): number {
  const abx = b.x - a.x;
  const aby = b.y - a.y;
  const t = Math.min(
    Math.max(((p.x - a.x) * abx + (p.y - a.y) * aby) / (abx ** 2 + aby ** 2), 0),
    1,
  );
  return Math.hypot(p.x - a.x - t * abx, p.y - a.y - t * aby) - r;
}

/** The dumbbell, in a unit square (0–1 on both axes, y down). */
function dumbbell(p: Point): number {
  const y = 0.39;
  const bar = capsule(p, { x: 0.26, y }, { x: 0.74, y }, 0.034);
  const plates = [0.31, 0.69].map((x) => roundedBox(p, { x, y }, 0.05, 0.155, 0.03));
  const outerPlates = [0.225, 0.775].map((x) => roundedBox(p, { x, y }, 0.035, 0.1, 0.025));
  return Math.min(bar, ...plates, ...outerPlates);
}

const PULSE: readonly Point[] = [
  { x: 0.2, y: 0.67 },
  { x: 0.41, y: 0.67 },
  { x: 0.46, y: 0.58 },
  { x: 0.53, y: 0.77 },
  { x: 0.58, y: 0.67 },
  { x: 0.8, y: 0.67 },
];

/** The pulse line: a polyline of capsules, so its joins are round. */
function pulse(p: Point): number {
  let distance = Number.POSITIVE_INFINITY;
  for (let i = 1; i < PULSE.length; i++) {
    const a = PULSE[i - 1];
    const b = PULSE[i];
    if (a && b) distance = Math.min(distance, capsule(p, a, b, 0.024));
  }
  return distance;
}

/** Draws the icon at `size` pixels square as 8-bit RGB rows, anti-aliased from the distances. */
export function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 3);
  const layers: [(p: Point) => number, Rgb][] = [
    [dumbbell, WHITE],
    [pulse, AMBER],
  ];
  const colour = [0, 0, 0];
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      const p = { x: (column + 0.5) / size, y: (row + 0.5) / size };
      colour.splice(0, 3, ...TEAL);
      for (const [shape, ink] of layers) {
        // Distance in pixels; half a pixel either side of the edge is blended.
        const coverage = Math.min(Math.max(0.5 - shape(p) * size, 0), 1);
        if (coverage === 0) continue;
        for (let i = 0; i < 3; i++) {
          const channel = colour[i] ?? 0;
          colour[i] = channel + ((ink[i] ?? 0) - channel) * coverage;
        }
      }
      const offset = (row * size + column) * 3;
      for (let i = 0; i < 3; i++) pixels[offset + i] = Math.round(colour[i] ?? 0);
    }
  }
  return pixels;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG of 8-bit RGB rows (colour type 2, no interlace, filter 0 on every row). */
export function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  if (rgb.length !== width * height * 3) {
    throw new Error(`expected ${width * height * 3} bytes of RGB, got ${rgb.length}`);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, RGB, deflate, filter method 0, no interlace
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let row = 0; row < height; row++) {
    // Each row starts with its filter type byte, 0 (none).
    rows.set(rgb.subarray(row * width * 3, (row + 1) * width * 3), row * (1 + width * 3) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

const drawn = new Map<number, Buffer>();

/** The icon as PNG bytes, `size` pixels square (drawn once per size and process). */
export function iconPng(size: number): Buffer {
  let png = drawn.get(size);
  if (!png) {
    png = encodePng(size, size, drawIcon(size));
    drawn.set(size, png);
  }
  return png;
}
