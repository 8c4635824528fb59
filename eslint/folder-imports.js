// A local ESLint rule for DESIGN.md's "who may import whom": resolves each relative import
// against the importing file and checks which src/ folder it lands in.
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '..', 'src');

function folderOf(file) {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep)[0];
}

/** @type {import('eslint').Rule.RuleModule} */
export const folderImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the folder import rules of DESIGN.md' },
    schema: [
      {
        type: 'object',
        properties: {
          allowed: { type: 'array', items: { type: 'string' } },
          packages: { type: 'boolean' },
          allowTypeImports: { type: 'boolean' },
          allowedFiles: { type: 'array', items: { type: 'string' } },
        },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const { allowed = [], packages = false, allowTypeImports = false, allowedFiles = [] } = context.options[0] ?? {};
    const here = folderOf(context.filename);
    const check = (node, source, typeOnly) => {
      if (typeof source !== 'string' || (allowTypeImports && typeOnly)) return;
      const label = `src/${here} may import only ${[here, ...allowed, ...allowedFiles].join(', ')}${packages ? ' and npm packages' : ''} (DESIGN.md)`;
      if (!source.startsWith('.')) {
        if (!packages) context.report({ node, message: `${label}; not the package "${source}"` });
        return;
      }
      const resolved = path.resolve(path.dirname(context.filename), source);
      const target = folderOf(resolved);
      const file = path.relative(SRC, resolved).split(path.sep).join('/').replace(/\.tsx?$/, '');
      if (target !== here && !allowed.includes(target) && !allowedFiles.includes(file)) context.report({ node, message: `${label}; not ${source}` });
    };
    return {
      ImportDeclaration(node) {
        const typeOnly = node.importKind === 'type' || (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type'));
        check(node, node.source.value, typeOnly);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value, node.exportKind === 'type');
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value, node.exportKind === 'type');
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node, node.source.value, false);
      },
    };
  },
};
