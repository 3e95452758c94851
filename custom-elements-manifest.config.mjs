// The custom-elements manifest (`npm run analyze`): the analyzer reads src/, and this plugin makes
// its output describe the package as shipped:
// - module paths in dist/ (.js);
// - each tag's definition where the package defines it: `define('post-quote', PostQuote)` in
//   define.ts (the analyzer knows only `customElements.define`, and took the one inside
//   define-element.ts's `define(tag, ctor)` for the definition of a tag named "tag");
// - exports declared where they are (`export { PostQuote }` in define.ts re-exports an import),
//   and only JavaScript ones (the analyzer also lists `export type { … }`, which TypeScript erases);
// - only the documented events (the analyzer also lists `dispatchEvent(new PostquoteErrorEvent(p))`
//   as an event named "p"), typed by their JSDoc (`@fires {PostquoteErrorEvent} postquote-error`);
// - no #private members (no one outside the class can reach them), nor the `adoptedStyleSheets`
//   the analyzer reads off `this.renderRoot.adoptedStyleSheets = …` as a field of the element;
// - no attribute an element ignores (`<tweet-quote>` is always X: its `platform` has no effect).
import { dirname, join } from 'node:path';

const shipped = (path) => path?.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

/** Every `module` reference in a manifest node, rewritten in place. */
function relink(node) {
  if (!node || typeof node !== 'object') return;
  if (typeof node.module === 'string') node.module = shipped(node.module);
  for (const value of Object.values(node)) relink(value);
}

/** Attributes a tag inherits and ignores. */
const ignoredAttributes = { 'tweet-quote': ['platform'] };

/** Per module (its source path): each name imported from a relative path → that module's source path. */
const imported = new Map();

export default {
  globs: ['src/elements/**/*.ts'],
  litelement: true,
  // package.json names custom-elements.json already; left true, the manifest test's --outdir would be written there.
  packagejson: false,
  plugins: [
    {
      name: 'postquote-as-shipped',
      analyzePhase({ ts, node, moduleDoc }) {
        if (ts.isSourceFile(node)) {
          const names = new Map();
          for (const s of node.statements) {
            const bindings = ts.isImportDeclaration(s) && !s.importClause?.isTypeOnly ? s.importClause?.namedBindings : undefined;
            const from = s.moduleSpecifier?.text;
            if (bindings && ts.isNamedImports(bindings) && from?.startsWith('.'))
              for (const b of bindings.elements) names.set(b.name.text, join(dirname(moduleDoc.path), from).replace(/\.js$/, '.ts'));
          }
          imported.set(moduleDoc.path, names);
        }
        // The analyzer has just added this node's exports; a type-only one is no export of the .js.
        if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
          const types = new Set(node.exportClause.elements.filter((e) => node.isTypeOnly || e.isTypeOnly).map((e) => e.name.text));
          if (types.size) moduleDoc.exports = moduleDoc.exports?.filter((e) => !(e.kind === 'js' && types.has(e.name)));
        }
        // define('post-quote', PostQuote) (src/elements/define-element.ts): the tag's definition.
        if (
          ts.isCallExpression(node) &&
          ts.isIdentifier(node.expression) &&
          node.expression.text === 'define' &&
          node.arguments.length === 2 &&
          ts.isStringLiteral(node.arguments[0]) &&
          ts.isIdentifier(node.arguments[1])
        ) {
          const name = node.arguments[1].text;
          moduleDoc.exports = [
            ...(moduleDoc.exports ?? []),
            { kind: 'custom-element-definition', name: node.arguments[0].text, declaration: { name, module: moduleDoc.path } },
          ];
        }
      },
      moduleLinkPhase({ moduleDoc }) {
        const names = imported.get(moduleDoc.path) ?? new Map();
        const declared = new Set((moduleDoc.declarations ?? []).map((d) => d.name));
        moduleDoc.exports = (moduleDoc.exports ?? []).filter((e) => {
          // An imported name is declared in the module it comes from.
          if (e.declaration?.module === moduleDoc.path && names.has(e.declaration.name))
            e.declaration.module = names.get(e.declaration.name);
          // A definition names a class the module declares or imports (define-element.ts's `ctor` is neither).
          return e.kind !== 'custom-element-definition' || declared.has(e.declaration.name) || names.has(e.declaration.name);
        });
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          mod.path = shipped(mod.path);
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name?.startsWith('postquote-'));
            if (declaration.members)
              declaration.members = declaration.members.filter(
                (m) => !m.name.startsWith('#') && m.privacy !== 'private' && m.name !== 'adoptedStyleSheets',
              );
            const ignored = ignoredAttributes[declaration.tagName] ?? [];
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !ignored.includes(a.name));
          }
          relink(mod.declarations);
          relink(mod.exports);
        }
      },
    },
  ],
};
