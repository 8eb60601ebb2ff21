import { readdirSync, readFileSync } from 'node:fs';

// The analyzer's settings: `npm run analyze` writes custom-elements.json from the JSDoc in src.
/** Leaves private and protected members (and their attributes) out: the public API only. */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.members) continue;
          const hidden = new Set(
            declaration.members
              .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
              .map((member) => member.name),
          );
          declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
          // Internal reactive state (`state: true` in static properties) has no attribute.
          declaration.attributes = declaration.attributes?.filter((attr) => !hidden.has(attr.fieldName));
          // `lang` (documented with @attr) is HTMLElement's own field: say so, so that generated
          // JSX types and editor data tie the attribute to it.
          for (const attr of declaration.attributes ?? []) if (attr.name === 'lang' && !attr.fieldName) attr.fieldName = 'lang';
        }
      }
    },
  };
}

/**
 * Sorts modules by path and every list by name, so the manifest is the same whatever order the
 * analyzer happens to read the files in: CI compares it byte for byte with the committed one.
 */
function stableOrder() {
  const byName = (a, b) => (a.name ?? '').localeCompare(b.name ?? '');
  return {
    name: 'stable-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const list of ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties']) {
            declaration[list]?.sort(byName);
          }
        }
      }
    },
  };
}

/**
 * The widgets register through the guarded `define('vrop-stats', VropStats)`, which the analyzer
 * does not read as a registration (it sees only `customElements.define(tag, element)` inside
 * define.ts, and records a definition named "tag"). This reads each module's own
 * `define('<tag>', Class)` calls as the definitions they are, and drops definitions whose name
 * cannot be a tag (no hyphen).
 */
function guardedDefinitions() {
  return {
    name: 'guarded-definitions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: element.text, module: moduleDoc.path },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
      }
    },
  };
}

/**
 * Writes type aliases of string literals out as their values (`Theme` becomes
 * `'light' | 'dark' | 'auto'`), so editors and generated JSX types offer the values rather than
 * a name they cannot resolve. Reads `type T = 'a' | 'b'` and `type T = (typeof LIST)[number]`
 * with `const LIST = [...] as const`.
 */
function expandedTypes() {
  const lists = new Map();
  const aliases = new Map();
  const literals = (ts, elements) =>
    elements.every((e) => ts.isStringLiteral(e)) ? elements.map((e) => `'${e.text}'`) : undefined;
  return {
    name: 'expanded-types',
    analyzePhase({ ts, node }) {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        let init = node.initializer;
        if (ts.isAsExpression(init)) init = init.expression;
        if (ts.isArrayLiteralExpression(init)) {
          const values = literals(ts, [...init.elements]);
          if (values) lists.set(node.name.text, values);
        }
      }
      if (ts.isTypeAliasDeclaration(node)) {
        const { type } = node;
        if (ts.isUnionTypeNode(type)) {
          const values = type.types.map((t) => (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? `'${t.literal.text}'` : undefined));
          if (values.every(Boolean)) aliases.set(node.name.text, values);
        } else if (ts.isIndexedAccessTypeNode(type)) {
          let object = type.objectType;
          if (ts.isParenthesizedTypeNode(object)) object = object.type;
          if (ts.isTypeQueryNode(object) && ts.isIdentifier(object.exprName)) aliases.set(node.name.text, object.exprName.text);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const values = (name) => {
        const alias = aliases.get(name);
        return typeof alias === 'string' ? lists.get(alias) : alias;
      };
      const expand = (type) => {
        if (!type?.text) return;
        type.text = type.text.replace(/\b[A-Z]\w*\b/g, (name) => values(name)?.join(' | ') ?? name);
      };
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) expand(item.type);
        }
      }
    },
  };
}

/**
 * The package ships lib/**.js (tsc and rollup's output), not src/**.ts: every module path and
 * every reference to one names the shipped file.
 */
function shippedPaths() {
  const toLib = (path) => path.replace(/^\/?src\/(.*)\.(ts|js)$/, 'lib/$1.js');
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if ((key === 'module' || key === 'path') && typeof item === 'string') value[key] = toLib(item);
        else walk(item);
      }
    }
  };
  return {
    name: 'shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      // Re-exports name their module as the source wrote it (`../shared/vrop-element.js`): from the package's root instead.
      for (const mod of customElementsManifest.modules) {
        for (const { declaration } of mod.exports ?? []) {
          if (declaration?.module?.startsWith('.')) {
            declaration.module = new URL(declaration.module, `file:///${mod.path}`).pathname.slice(1);
          }
        }
      }
      walk(customElementsManifest.modules);
    },
  };
}

/**
 * Records the types a module declares and exports (`export interface`, `export type`), which the
 * analyzer leaves out (it does record re-exports): the types of a widget's events and attributes are importable
 * from the widget's own module, and the manifest says so.
 */
function typeExports() {
  return {
    name: 'type-exports',
    analyzePhase({ ts, node, moduleDoc }) {
      const exported = (n) => n.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      const add = (name, module = moduleDoc.path) => {
        moduleDoc.exports ??= [];
        if (moduleDoc.exports.some((e) => e.name === name)) return;
        moduleDoc.exports.push({ kind: 'js', name, declaration: { name, module } });
      };
      if ((ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && exported(node)) add(node.name.text);
    },
  };
}

/**
 * Each CSS custom property's default, read from the styles where the property is used with its
 * fallback (`var(--vrop-color-text, #1f2933)`), so that a default is written once, in the CSS:
 * the shared tokens from tokens.styles.ts (its first css`` literal is the dark theme's), then the
 * widgets' own properties from their styles. A fallback that is another property (`var(…)`) or
 * `inherit` is no value to show; the description says what it is.
 */
function cssDefaults() {
  const fallbacks = (text) => {
    const found = [...text.matchAll(/var\((--vrop-[\w-]+),\s*([^()]+?)\)/g)].map(([, name, value]) => [name, value]);
    return new Map(found.filter(([, value]) => value !== 'inherit'));
  };
  const tokens = readFileSync('src/shared/tokens.styles.ts', 'utf8');
  const [dark, light] = tokens.split('export const hostStyles').map(fallbacks);
  const both = (name, value) => (dark.has(name) && dark.get(name) !== value ? `${value} (light), ${dark.get(name)} (dark)` : value);
  const defaults = new Map([...light].map(([name, value]) => [name, both(name, value)]));
  for (const file of readdirSync('src', { recursive: true }).filter((f) => f.endsWith('.styles.ts'))) {
    for (const [name, value] of fallbacks(readFileSync(`src/${file}`, 'utf8'))) if (!defaults.has(name)) defaults.set(name, value);
  }
  return {
    name: 'css-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const prop of declaration.cssProperties ?? []) if (defaults.has(prop.name)) prop.default ??= defaults.get(prop.name);
        }
      }
    },
  };
}

/** The schema version the manifest follows (the analyzer 0.11 still writes 1.0.0). */
function currentSchema() {
  return {
    name: 'current-schema',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.schemaVersion = '2.1.0';
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/builder/**'],
  litelement: true,
  // package.json names the manifest itself; the freshness check's run in a cache folder must not
  // rewrite it to point there.
  packagejson: false,
  plugins: [
    publicApiOnly(),
    guardedDefinitions(),
    typeExports(),
    expandedTypes(),
    cssDefaults(),
    shippedPaths(),
    currentSchema(),
    stableOrder(),
  ],
};
