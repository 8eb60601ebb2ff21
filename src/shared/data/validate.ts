import { ID_PATTERN, TEXT_PATTERN, URL_PATTERN, type Spec } from './spec.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const TESTS: Partial<Record<Spec['t'], [test: (value: unknown) => boolean, expected: string]>> = {
  text: [(v) => typeof v === 'string' && TEXT_PATTERN.test(v), 'text, not empty, without markup'],
  url: [(v) => typeof v === 'string' && URL_PATTERN.test(v), 'an http(s)://, mailto: or tel: link'],
  id: [(v) => typeof v === 'string' && ID_PATTERN.test(v), 'a lower-case id like "kings-canyon"'],
  num: [(v) => typeof v === 'number' && v >= 0, 'a number, 0 or more'],
  bool: [(v) => typeof v === 'boolean', 'true or false'],
};

function check(spec: Spec, value: unknown, path: string, problems: string[]): void {
  const expect = (ok: boolean, expected: string): boolean => {
    if (!ok) problems.push(`${path}: expected ${expected}`);
    return ok;
  };
  const simple = TESTS[spec.t];
  if (simple) {
    expect(simple[0](value), simple[1]);
  } else if (spec.t === 'const' || spec.t === 'enum') {
    const allowed = spec.t === 'const' ? [spec.v] : spec.v;
    expect(allowed.includes(value as never), allowed.join(' or '));
  } else if (spec.t === 'obj') {
    if (!expect(isObject(value), 'an object')) return;
    const object = value as Record<string, unknown>;
    // Own keys only: `in` would take `constructor`, `toString` or `__proto__` for fields.
    for (const key in spec.p) {
      if (Object.hasOwn(object, key)) check(spec.p[key], object[key], `${path}.${key}`, problems);
      else if (!spec.o?.includes(key)) problems.push(`${path}.${key}: is missing`);
    }
    for (const key of Object.keys(object)) if (!Object.hasOwn(spec.p, key)) problems.push(`${path}.${key}: is not a known field`);
  } else if (spec.t === 'arr') {
    if (!expect(Array.isArray(value), 'a list')) return;
    const items = value as unknown[];
    expect(items.length >= (spec.min ?? 0), `at least ${spec.min} item`);
    const keys = items.map((item, i) => {
      check(spec.i, item, `${path}[${i}]`, problems);
      return spec.unique && isObject(item) ? item[spec.unique] : undefined;
    });
    keys.forEach((key, i) => {
      if (key !== undefined && keys.indexOf(key) < i) problems.push(`${path}[${i}].${spec.unique}: "${key}" is a duplicate`);
    });
  }
}

/** Every problem of `value` against `spec`, each with its JSON path (`$.figures.items[2].value`). */
export function validate(spec: Spec, value: unknown): string[] {
  const problems: string[] = [];
  check(spec, value, '$', problems);
  return problems;
}
