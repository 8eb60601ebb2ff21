import { ID_PATTERN, TEXT_PATTERN, URL_PATTERN, type Spec } from './spec.js';

/** The JSON Schema (2020-12) for a spec: published as dist/vrop-data.schema.json by the build. */
export function toJsonSchema(spec: Spec): Record<string, unknown> {
  switch (spec.t) {
    case 'text':
      return { type: 'string', pattern: TEXT_PATTERN.source };
    case 'url':
      return { type: 'string', pattern: URL_PATTERN.source };
    case 'id':
      return { type: 'string', pattern: ID_PATTERN.source };
    case 'num':
      return { type: 'number', minimum: 0 };
    case 'bool':
      return { type: 'boolean' };
    case 'const':
      return { const: spec.v };
    case 'enum':
      return { enum: [...spec.v] };
    case 'obj':
      return {
        type: 'object',
        properties: Object.fromEntries(Object.entries(spec.p).map(([k, v]) => [k, toJsonSchema(v)])),
        required: Object.keys(spec.p).filter((key) => !spec.o?.includes(key)),
        additionalProperties: false,
      };
    case 'arr':
      // `unique` (no two items with the same id) has no JSON Schema keyword: the runtime
      // validator and `vrop-widgets validate` check it; the schema documents it.
      return {
        type: 'array',
        items: toJsonSchema(spec.i),
        ...(spec.min ? { minItems: spec.min } : {}),
        ...(spec.unique ? { description: `No two items share the same "${spec.unique}".` } : {}),
      };
  }
}
