/**
 * A small SSML well-formedness checker, so the fuzz tests need no XML dependency.
 * Returns the problems found; an empty list means the SSML is well-formed.
 */

const SSML_TAGS = new Set([
  'speak',
  'break',
  'p',
  's',
  'w',
  'emphasis',
  'prosody',
  'say-as',
  'phoneme',
  'sub',
  'voice',
  'lang',
  'audio',
  'amazon:effect',
  'amazon:domain',
  'amazon:emotion',
]);

const ENTITY = /^&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/;
const TAG = /^<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<&]*")*)\s*(\/?)>/;

/** Raw `&` (not starting an entity), `<` or the CDATA terminator in character data. */
function textProblems(text: string, at: number): string[] {
  const problems: string[] = [];
  if (text.includes(']]>')) problems.push(`"]]>" in text at ${at}`);
  for (let index = text.indexOf('&'); index !== -1; index = text.indexOf('&', index + 1)) {
    if (!ENTITY.test(text.slice(index))) problems.push(`raw "&" at ${at + index}`);
  }
  return problems;
}

export function ssmlProblems(ssml: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  let closedRoot = false;
  let position = 0;
  while (position < ssml.length) {
    const nextTag = ssml.indexOf('<', position);
    const textEnd = nextTag === -1 ? ssml.length : nextTag;
    const text = ssml.slice(position, textEnd);
    if (text.length > 0) {
      if (open.length === 0) problems.push(`text outside <speak> at ${position}`);
      problems.push(...textProblems(text, position));
    }
    if (nextTag === -1) break;
    const tag = TAG.exec(ssml.slice(nextTag));
    if (!tag) {
      problems.push(`raw "<" or malformed tag at ${nextTag}`);
      position = nextTag + 1;
      continue;
    }
    const [whole, closing, name = '', , selfClosing] = tag;
    if (!SSML_TAGS.has(name)) problems.push(`unknown tag <${name}> at ${nextTag}`);
    if (open.length === 0 && (closedRoot || name !== 'speak')) {
      problems.push(`<${name}> at ${nextTag} is outside the single <speak> root`);
    }
    if (closing) {
      const expected = open.pop();
      if (expected !== name) problems.push(`</${name}> at ${nextTag} closes <${expected}>`);
      if (open.length === 0) closedRoot = true;
    } else if (!selfClosing) {
      open.push(name);
    } else if (open.length === 0) {
      closedRoot = true;
    }
    position = nextTag + whole.length;
  }
  if (open.length > 0) problems.push(`unclosed ${open.map((name) => `<${name}>`).join(' ')}`);
  if (!closedRoot) problems.push('no <speak> root');
  return problems;
}

/** The character data of SSML, tags removed and nothing unescaped. */
export function ssmlText(ssml: string): string {
  return ssml.replace(/<[^>]*>/g, '');
}
