import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ICONS, writeSkillPackage } from '../../infra/skill-package';
import { PROJECT_ROOT } from './synth-helpers';

/** The eight bytes every PNG file starts with (PNG specification, 5.2). */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:SorenessCoach-SkillFunction-AbC123';
const outDir = mkdtempSync(join(tmpdir(), 'icons-test-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const { skillPackageDir, locales } = writeSkillPackage({
  modelDir: join(PROJECT_ROOT, 'interaction-model'),
  outDir,
  endpointArn: ARN,
  urls: { privacyPolicyUrl: 'https://example.org/privacy' },
});
const manifest = JSON.parse(readFileSync(join(skillPackageDir, 'skill.json'), 'utf8')) as {
  manifest: { publishingInformation: { locales: Record<string, Record<string, unknown>> } };
};

interface DecodedPng {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  /** 8-bit RGB, row after row. */
  rgb: Uint8Array;
}

/** Reads a PNG as Alexa's validator would have to: signature, chunk CRCs, IHDR, the pixels. */
function decodePng(bytes: Buffer): DecodedPng {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  let offset = 8;
  const chunks: { type: string; data: Buffer }[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const typeAndData = bytes.subarray(offset + 4, offset + 8 + length);
    expect(bytes.readUInt32BE(offset + 8 + length), 'chunk CRC').toBe(crc32(typeAndData));
    chunks.push({
      type: typeAndData.subarray(0, 4).toString('latin1'),
      data: typeAndData.subarray(4),
    });
    offset += 12 + length;
  }
  expect(chunks[0]?.type).toBe('IHDR');
  expect(chunks.at(-1)?.type).toBe('IEND');
  const header = chunks[0]?.data ?? Buffer.alloc(13);
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [bitDepth = 0, colourType = 0, , , interlace] = header.subarray(8);
  expect(interlace).toBe(0);
  const raw = inflateSync(
    Buffer.concat(chunks.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data)),
  );
  const stride = 1 + width * 3;
  expect(raw.length).toBe(height * stride);
  const rgb = new Uint8Array(width * height * 3);
  for (let row = 0; row < height; row++) {
    // The committed files use filter 0 on every row; anything else would need unfiltering.
    expect(raw[row * stride]).toBe(0);
    rgb.set(raw.subarray(row * stride + 1, (row + 1) * stride), row * width * 3);
  }
  return { width, height, bitDepth, colourType, rgb };
}

const pixel = (png: DecodedPng, x: number, y: number) =>
  Array.from(png.rgb.subarray((y * png.width + x) * 3, (y * png.width + x) * 3 + 3));

describe('skill icons in the package', () => {
  it.each(
    locales.flatMap((locale) => ICONS.map((icon) => [locale, icon.field, icon.size] as const)),
  )('%s %s is a %ipx square PNG the manifest points at', (locale, field, size) => {
    const uri = manifest.manifest.publishingInformation.locales[locale]?.[field];
    expect(uri).toMatch(/^file:\/\/assets\/images\/[A-Za-z-]+_\w+\.png$/);
    const path = join(skillPackageDir, String(uri).replace('file://', ''));
    expect(existsSync(path)).toBe(true);
    const png = decodePng(readFileSync(path));
    expect([png.width, png.height]).toEqual([size, size]);
    expect([png.bitDepth, png.colourType]).toEqual([8, 2]); // 8-bit RGB, opaque
  });

  it.each(ICONS.map((icon) => [icon.size] as const))(
    'the %ipx icon is a mark on a plain background, inside the circle the app may crop to',
    (size) => {
      const png = decodePng(
        readFileSync(
          join(
            skillPackageDir,
            'assets',
            'images',
            `en-US_${ICONS.find((i) => i.size === size)?.field}.png`,
          ),
        ),
      );
      const background = pixel(png, 0, 0);
      for (const [x, y] of [
        [size - 1, 0],
        [0, size - 1],
        [size - 1, size - 1],
      ] as const) {
        expect(pixel(png, x, y)).toEqual(background);
      }
      let marked = 0;
      let outsideCircle = 0;
      const colours = new Set<string>();
      for (let y = 0; y < size; y++) {
        for (let x = 0; x < size; x++) {
          const colour = pixel(png, x, y);
          colours.add(colour.join());
          if (colour.join() === background.join()) continue;
          marked++;
          if (Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) > size * 0.45) outsideCircle++;
        }
      }
      // Enough of the square is the mark to be seen at 108 px, not so much that it is a blot.
      expect(marked / size ** 2).toBeGreaterThan(0.1);
      expect(marked / size ** 2).toBeLessThan(0.5);
      expect(outsideCircle).toBe(0);
      // White and amber ink and their anti-aliased edges.
      expect(colours.has('255,255,255')).toBe(true);
      expect(colours.size).toBeGreaterThan(3);
    },
  );
});
