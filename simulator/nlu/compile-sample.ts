import { normaliseWords } from './normalise';
import type { SamplePart } from './types';

const SLOT = /^\{([^{}]+)\}$/;

/** Splits a sample such as "my {area} hurts" into literal words and slot placeholders. */
export function compileSample(sample: string): SamplePart[] {
  const parts: SamplePart[] = [];
  for (const token of sample.replace(/\{/g, ' {').replace(/\}/g, '} ').trim().split(/\s+/)) {
    const slot = SLOT.exec(token);
    if (slot?.[1]) {
      parts.push({ kind: 'slot', name: slot[1] });
      continue;
    }
    for (const word of normaliseWords(token)) parts.push({ kind: 'word', word });
  }
  return parts;
}
