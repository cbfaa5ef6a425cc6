/**
 * Type-level helpers for checking JSON files against ask-smapi-model's types.
 *
 * A JSON import widens every string to `string`, so SMAPI's string enums ('1.0', 'US', …)
 * could never accept it: `AsJson` widens them the same way. Values are the runtime check's job
 * (infra/skill-package/smapi-schema.ts reads the enums from the same package's spec.json);
 * the types check the shape: field names, nesting, required fields, and the kind of each value.
 */
export type AsJson<T> = T extends string
  ? string
  : T extends readonly (infer Item)[]
    ? AsJson<Item>[]
    : T extends object
      ? { [K in keyof T]: AsJson<T[K]> }
      : T;

/**
 * `A` with every property the SMAPI type `E` does not declare turned into `never`, at any
 * depth. Assigning a JSON import to it fails on an unknown field, which plain assignability
 * never does (extra properties are only an error in a fresh object literal).
 */
export type KnownFieldsOnly<A, E> = E extends unknown
  ? A extends readonly (infer AItem)[]
    ? E extends readonly (infer EItem)[]
      ? KnownFieldsOnly<AItem, EItem>[]
      : A
    : A extends object
      ? { [K in keyof A]: K extends keyof E ? KnownFieldsOnly<A[K], NonNullable<E[K]>> : never }
      : A
  : never;
