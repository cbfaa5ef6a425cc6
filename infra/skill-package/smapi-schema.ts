import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Checks JSON against Amazon's own description of the Skill Management API: the Swagger 2.0
 * `spec.json` that ships in `ask-smapi-model` (the same source its TypeScript types are
 * generated from). The types check field names and required fields at compile time; this adds
 * what types cannot say: lengths, enums, patterns, item counts. A property the schema does not
 * declare is a violation, so a field Amazon does not know is caught here as well.
 *
 * Only the Swagger keywords the manifest and interaction-model definitions use are read
 * (`$ref`, `allOf`, `discriminator`, `type`, `required`, `properties`, `additionalProperties`,
 * `items`, `enum`, the length, count and range limits, `pattern`); `format` is not checked.
 */
export const MANIFEST_DEFINITION = 'v1.skill.Manifest.SkillManifestEnvelope';
export const INTERACTION_MODEL_DEFINITION = 'v1.skill.interactionModel.InteractionModelData';

interface Schema {
  $ref?: string;
  allOf?: Schema[];
  discriminator?: string;
  'x-discriminator-value'?: string;
  type?: string;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  minProperties?: number;
  maxProperties?: number;
}

type Definitions = Record<string, Schema>;

let cached: Definitions | undefined;

/** The definitions of ask-smapi-model's spec.json, read once. */
function definitions(): Definitions {
  if (!cached) {
    const specPath = createRequire(__filename).resolve('ask-smapi-model/spec.json');
    cached = (JSON.parse(readFileSync(specPath, 'utf8')) as { definitions: Definitions })
      .definitions;
  }
  return cached;
}

const REF_PREFIX = '#/definitions/';

function resolve(schema: Schema, defs: Definitions): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.slice(REF_PREFIX.length);
  const target = defs[name];
  if (!target) throw new Error(`ask-smapi-model's spec.json has no definition ${name}`);
  return resolve(target, defs);
}

/** One schema from an `allOf`: the properties and required fields of every part. */
function flatten(schema: Schema, defs: Definitions): Schema {
  const resolved = resolve(schema, defs);
  if (!resolved.allOf) return resolved;
  const parts = resolved.allOf.map((part) => flatten(part, defs));
  return {
    ...resolved,
    type: 'object',
    properties: Object.assign({}, ...parts.map((part) => part.properties ?? {})),
    required: parts.flatMap((part) => part.required ?? []),
    allOf: undefined,
    discriminator: undefined,
  };
}

/** For a base type with a discriminator, the subtype the value names (or undefined). */
function subtypeFor(baseName: string, tag: unknown, defs: Definitions): Schema | undefined {
  return Object.values(defs).find(
    (candidate) =>
      candidate['x-discriminator-value'] === tag &&
      candidate.allOf?.some((part) => part.$ref === `${REF_PREFIX}${baseName}`),
  );
}

/**
 * Some types carry nothing but their name, so the spec lists them in the base's `<Base>Type`
 * enum without a subtype of their own (an interface `CAN_FULFILL_INTENT_REQUEST`): the base
 * alone describes them.
 */
function namedInTypeEnum(baseName: string, tag: unknown, defs: Definitions): boolean {
  return defs[`${baseName}Type`]?.enum?.includes(tag) === true;
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function check(value: unknown, schema: Schema, path: string, defs: Definitions, out: string[]) {
  let effective = flatten(schema, defs);
  const baseName = schema.$ref?.slice(REF_PREFIX.length);
  if (effective.discriminator && baseName && typeof value === 'object' && value !== null) {
    const tag = (value as Record<string, unknown>)[effective.discriminator];
    const subtype = subtypeFor(baseName, tag, defs);
    if (subtype) {
      effective = flatten(subtype, defs);
    } else if (!namedInTypeEnum(baseName, tag, defs)) {
      out.push(`${path}.${effective.discriminator}: ${JSON.stringify(tag)} is not a known type`);
      return;
    }
  }

  const actual = typeOf(value);
  const expected = effective.type;
  if (expected && !(actual === expected || (expected === 'number' && actual === 'integer'))) {
    out.push(`${path}: expected ${expected}, found ${actual}`);
    return;
  }
  if (effective.enum && !effective.enum.includes(value)) {
    out.push(
      `${path}: ${JSON.stringify(value)} is not one of ${effective.enum.length} allowed values`,
    );
  }
  if (typeof value === 'string') {
    if (effective.minLength !== undefined && value.length < effective.minLength) {
      out.push(`${path}: shorter than ${effective.minLength} characters`);
    }
    if (effective.maxLength !== undefined && value.length > effective.maxLength) {
      out.push(`${path}: ${value.length} characters, more than ${effective.maxLength}`);
    }
    if (effective.pattern !== undefined && !new RegExp(effective.pattern).test(value)) {
      out.push(`${path}: does not match ${effective.pattern}`);
    }
  }
  if (typeof value === 'number') {
    if (effective.minimum !== undefined && value < effective.minimum) {
      out.push(`${path}: below ${effective.minimum}`);
    }
    if (effective.maximum !== undefined && value > effective.maximum) {
      out.push(`${path}: above ${effective.maximum}`);
    }
  }
  if (Array.isArray(value)) {
    if (effective.minItems !== undefined && value.length < effective.minItems) {
      out.push(`${path}: fewer than ${effective.minItems} items`);
    }
    if (effective.maxItems !== undefined && value.length > effective.maxItems) {
      out.push(`${path}: ${value.length} items, more than ${effective.maxItems}`);
    }
    const items = effective.items;
    if (items) {
      value.forEach((item, index) => {
        check(item, items, `${path}[${index}]`, defs, out);
      });
    }
  }
  if (actual === 'object')
    checkObject(value as Record<string, unknown>, effective, path, defs, out);
}

function checkObject(
  value: Record<string, unknown>,
  schema: Schema,
  path: string,
  defs: Definitions,
  out: string[],
) {
  const keys = Object.keys(value);
  if (schema.minProperties !== undefined && keys.length < schema.minProperties) {
    out.push(`${path}: fewer than ${schema.minProperties} properties`);
  }
  if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) {
    out.push(`${path}: more than ${schema.maxProperties} properties`);
  }
  for (const name of schema.required ?? []) {
    if (value[name] === undefined) out.push(`${path}.${name}: required, missing`);
  }
  const properties = schema.properties ?? {};
  // An object schema that declares nothing at all is free-form.
  const freeForm = !schema.properties && schema.additionalProperties === undefined;
  for (const key of keys) {
    const propertySchema = properties[key];
    if (propertySchema) {
      check(value[key], propertySchema, `${path}.${key}`, defs, out);
    } else if (typeof schema.additionalProperties === 'object') {
      check(value[key], schema.additionalProperties, `${path}.${key}`, defs, out);
    } else if (!freeForm && schema.additionalProperties !== true) {
      out.push(`${path}.${key}: not a field SMAPI knows`);
    }
  }
}

/** Every way `value` breaks the SMAPI definition `definition`; empty when it conforms. */
export function smapiViolations(definition: string, value: unknown): string[] {
  const defs = definitions();
  const out: string[] = [];
  check(value, { $ref: `${REF_PREFIX}${definition}` }, '$', defs, out);
  return out;
}

/** Throws, listing the violations (the first 20), unless `value` conforms. */
export function assertSmapi(definition: string, value: unknown, source: string): void {
  const violations = smapiViolations(definition, value);
  if (violations.length === 0) return;
  const shown = violations.slice(0, 20).join('\n  ');
  const more = violations.length > 20 ? `\n  … and ${violations.length - 20} more` : '';
  throw new Error(`${source} does not conform to SMAPI's ${definition}:\n  ${shown}${more}`);
}
