/**
 * Custom Elements Manifest for portal-kit: `custom-elements-manifest analyze` writes
 * dist/custom-elements.json, which Storybook's docs read (.storybook/preview.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const DEFINE_DIR = 'src/define';

/**
 * The kit registers its elements with `defineElement('<tag>', Class)` in src/define/,
 * not with `customElements.define`, so the analyzer cannot see their tag names. This
 * reads them from there and records them as the analyzer would have: `tagName` on the
 * class (what Storybook looks elements up by) and a `custom-element-definition` export
 * of the define module.
 */
function defineElementTagNames() {
  return {
    name: 'portal-kit:define-element-tag-names',
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          // Every class: an element may extend another element rather than LitElement.
          if (declaration.kind === 'class') classes.set(declaration.name, { declaration, module: mod.path });
        }
      }
      for (const file of fs.readdirSync(DEFINE_DIR).filter((name) => name.endsWith('.ts')).sort()) {
        const modulePath = path.posix.join(DEFINE_DIR, file);
        const source = ts.createSourceFile(modulePath, fs.readFileSync(modulePath, 'utf8'), ts.ScriptTarget.ES2022, true);
        const exports = [];
        const visit = (node) => {
          if (
            ts.isCallExpression(node) &&
            ts.isIdentifier(node.expression) &&
            node.expression.text === 'defineElement' &&
            ts.isStringLiteral(node.arguments[0]) &&
            ts.isIdentifier(node.arguments[1])
          ) {
            const tagName = node.arguments[0].text;
            const found = classes.get(node.arguments[1].text);
            if (!found) throw new Error(`${modulePath}: defineElement('${tagName}', …) names no element class in the manifest.`);
            found.declaration.tagName = tagName;
            found.declaration.customElement = true;
            exports.push({
              kind: 'custom-element-definition',
              name: tagName,
              declaration: { name: found.declaration.name, module: found.module },
            });
          }
          ts.forEachChild(node, visit);
        };
        visit(source);
        if (exports.length > 0) customElementsManifest.modules.push({ kind: 'javascript-module', path: modulePath, declarations: [], exports });
      }
    },
  };
}

/** Leaves private and protected members (and `#private` ones) out of the public docs. */
function publicMembersOnly() {
  return {
    name: 'portal-kit:public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  // Never write a `customElements` field into package.json: that file is edited by hand.
  packagejson: false,
  plugins: [defineElementTagNames(), publicMembersOnly()],
};
