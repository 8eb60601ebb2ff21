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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/builder/**'],
  litelement: true,
  // package.json names the manifest itself; the freshness check's run in a cache folder must not
  // rewrite it to point there.
  packagejson: false,
  plugins: [publicApiOnly(), stableOrder()],
};
