import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The skill icons Alexa requires: a 108×108 and a 512×512 PNG, committed beside this module
 * (`icons/`). The mark: a white dumbbell over an amber pulse line on deep teal, training and the
 * body's signal, all well inside the inscribed circle, since the Alexa app may show icons
 * cropped to one. `tests/infra/icons.test.ts` checks each file a package carries: its size,
 * format and that the mark stays inside that circle.
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

/** The committed icon of this size. */
export function iconPng(size: (typeof ICONS)[number]['size']): Buffer {
  return readFileSync(join(__dirname, 'icons', `icon-${size}.png`));
}
