import { createRequire } from 'node:module';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import * as z from 'zod/mini';
import { sameApplication } from '../../lambda/skill/boundary/same-application';
import {
  EnvironmentSchema,
  RequestEnvelopeSchema,
  SessionAttributesSchema,
  SlotSchema,
  TapArgumentsSchema,
} from '../../lambda/skill/boundary/schemas';

/**
 * Each boundary schema under the name of the check generated from it, with the type (from
 * schemas.ts) the check proves a value to have.
 */
export const BOUNDARY_SCHEMAS = {
  isEnvironment: { schema: EnvironmentSchema, type: 'Environment' },
  isRequestEnvelopeShape: {
    schema: RequestEnvelopeSchema,
    type: 'RequestEnvelopeChecked',
    /** Applied beside the check, by lambda/skill/request-envelope.ts. */
    refinements: [sameApplication],
  },
  isSessionAttributes: { schema: SessionAttributesSchema, type: 'SessionAttributes' },
  isSlot: { schema: SlotSchema, type: 'Slot' },
  isTapArguments: { schema: TapArgumentsSchema, type: 'TapArguments' },
} as const;

export const GENERATED_DIRECTORY = 'lambda/skill/boundary/generated';

/** An error description as Ajv writes it, one a line: `{instancePath…,params:{…}}`, with the
 * property name when a name is what failed. */
const ERROR_DETAIL = /\{instancePath[,:][^\n]*?params:\{[^\n]*?\}(?:,propertyName:\w+)?\}(?=\]|;)/g;

const runtime = createRequire(__filename);

interface ZodNode {
  _zod: { def: Record<string, unknown> & { checks?: Array<{ _zod: { def: CheckDef } }> } };
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  fn?: unknown;
}
const isZodNode = (value: unknown): value is ZodNode =>
  typeof value === 'object' && value !== null && '_zod' in value;

/**
 * zod's JSON Schema leaves out, without a word, what JSON Schema cannot say: a refinement, a
 * transforming check (trim), a regex's flags. The generated check would then accept what the
 * schema refuses, so each is refused here instead, but for the refinements a schema's entry
 * names, which the skill applies beside its check.
 */
export function assertRepresentable(
  name: string,
  node: unknown,
  refinements: readonly unknown[],
  seen = new Set<unknown>(),
): void {
  if (typeof node !== 'object' || node === null || seen.has(node)) return;
  seen.add(node);
  if (!isZodNode(node)) {
    for (const child of Object.values(node)) assertRepresentable(name, child, refinements, seen);
    return;
  }
  const { checks = [], ...children } = node._zod.def;
  // z.lazy holds its schema behind a function.
  if (typeof children.getter === 'function') children.getter = children.getter();
  for (const { _zod } of checks) {
    const check = _zod.def;
    const unsaid =
      (check.check === 'custom' && !refinements.includes(check.fn)) ||
      check.check === 'overwrite' ||
      (check.format === 'regex' && check.pattern?.flags !== '');
    if (unsaid) throw new Error(`${name}: a ${check.check} check that JSON Schema cannot say`);
  }
  for (const child of Object.values(children)) {
    assertRepresentable(name, child, refinements, seen);
  }
}

/**
 * Ajv's code requires a few helpers of its own at run time (the code-point length of a string);
 * each is written into the module instead, so a check needs no package in the Lambda.
 */
function withRuntimeInlined(code: string): string {
  return code.replace(
    /const (\w+) = require\("(ajv\/dist\/runtime\/[\w-]+)"\)\.default;/g,
    (_, name: string, helper: string) => {
      const source = (runtime(helper) as { default: () => unknown }).default.toString();
      return `const ${name} = ${source};`;
    },
  );
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * One module per check, so the bundle loads a check with the code that needs it: zod's JSON
 * Schema of the schema, compiled by Ajv to a standalone function. Both count a string's length
 * in code points; Ajv is told to compile patterns without the u flag, as zod's are. Each module exports the check typed as a guard of its schema's type.
 * Refinements have no JSON Schema; the envelope's one is applied beside its check
 * (lambda/skill/request-envelope.ts).
 */
export function generatedChecks(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, entry] of Object.entries(BOUNDARY_SCHEMAS)) {
    const { schema, type } = entry;
    assertRepresentable(name, schema, 'refinements' in entry ? entry.refinements : []);
    const ajv = new Ajv({
      code: { source: true, esm: true, lines: true },
      allErrors: false,
      messages: false,
      unicodeRegExp: false,
      strict: true,
      logger: false,
    });
    const jsonSchema = z.toJSONSchema(schema, {
      io: 'input',
      target: 'draft-7',
      unrepresentable: 'throw',
    });
    delete (jsonSchema as { $schema?: string }).$schema;
    ajv.addSchema(jsonSchema, name);
    const code = standaloneCode(ajv, { shape: name });
    const selfContained = withRuntimeInlined(code);
    if (selfContained.includes('require(')) throw new Error(`${name}: the check needs a package`);
    // Only yes or no is read (zod says why an envelope was refused), so each error Ajv would
    // describe is left empty: the schema literals the descriptions point into then go too.
    const withoutErrorDetail = selfContained.replace(ERROR_DETAIL, '{}');
    if (withoutErrorDetail.includes('schemaPath:')) {
      throw new Error(`${name}: an error description of a shape this generator does not know`);
    }
    files[`${kebab(name)}.ts`] = [
      '// @ts-nocheck',
      '// Generated by `npm run build:checks` (tools/boundary-checks) from lambda/skill/boundary/schemas.ts.',
      '// Do not edit: change the schema and regenerate; tests/skill/boundary-checks.test.ts compares.',
      `import type { ${type} } from '../schemas';`,
      withoutErrorDetail.replace(/^"use strict";/, '').trim(),
      '',
      `export const ${name} = shape as (value: unknown) => value is ${type};`,
      '',
    ].join('\n');
  }
  return files;
}
