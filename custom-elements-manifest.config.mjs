// The custom-elements manifest (`npm run analyze`): the analyzer reads src/, and this plugin makes
// its output describe the package as shipped: module paths in dist/ (.js), only the documented
// events (the analyzer also lists `dispatchEvent(new PostquoteErrorEvent(p))` as an event named "p"),
// and only JavaScript exports (the analyzer also lists `export type { … }`, which TypeScript erases).
const shipped = (path) => path?.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

/** Every `module` reference in a manifest node, rewritten in place. */
function relink(node) {
  if (!node || typeof node !== 'object') return;
  if (typeof node.module === 'string') node.module = shipped(node.module);
  for (const value of Object.values(node)) relink(value);
}

export default {
  globs: ['src/elements/**/*.ts'],
  litelement: true,
  // package.json names custom-elements.json already; left true, the manifest test's --outdir would be written there.
  packagejson: false,
  plugins: [
    {
      name: 'postquote-shipped-paths-and-events',
      analyzePhase({ ts, node, moduleDoc }) {
        // The analyzer has just added this node's exports; a type-only one is no export of the .js.
        if (!ts.isExportDeclaration(node) || !node.exportClause || !ts.isNamedExports(node.exportClause)) return;
        const types = new Set(node.exportClause.elements.filter((e) => node.isTypeOnly || e.isTypeOnly).map((e) => e.name.text));
        if (types.size) moduleDoc.exports = moduleDoc.exports?.filter((e) => !(e.kind === 'js' && types.has(e.name)));
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          mod.path = shipped(mod.path);
          for (const declaration of mod.declarations ?? [])
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name?.startsWith('postquote-'));
          relink(mod.declarations);
          relink(mod.exports);
        }
      },
    },
  ],
};
