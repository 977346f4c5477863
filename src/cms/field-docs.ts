/**
 * Reads the doc comment above every field in src/schemas/*.ts, so that the editor's hints are the schema's own
 * comments rather than a second copy. Runs in Node (the admin build and the dev server), never in the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * Doc comments keyed by where the field sits: `<const name>.<field>[.<field>…]`, such as
 * `practiceSchema.period.start` or `resource.title`; nested object literals extend the path.
 */
export type FieldDocs = ReadonlyMap<string, string>;

const objectFactories = new Set(['strictObject', 'object', 'looseObject']);

function commentText(node: ts.Node): string | undefined {
  const doc = (node as { jsDoc?: ts.JSDoc[] }).jsDoc?.at(-1)?.comment;
  const text = typeof doc === 'string' ? doc : ts.getTextOfJSDocComment(doc);
  return text?.replace(/\s+/g, ' ').trim() || undefined;
}

/** The doc comments of the fields in one schema file's source text. */
export function fieldDocsOf(sourceText: string): Map<string, string> {
  const source = ts.createSourceFile('schema.ts', sourceText, ts.ScriptTarget.Latest, true);
  const docs = new Map<string, string>();

  function visit(node: ts.Node, path: string): void {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      objectFactories.has(node.expression.name.text) &&
      node.arguments[0] &&
      ts.isObjectLiteralExpression(node.arguments[0])
    ) {
      visitObject(node.arguments[0], path);
      return;
    }
    ts.forEachChild(node, (child) => visit(child, path));
  }

  function visitObject(literal: ts.ObjectLiteralExpression, path: string): void {
    for (const property of literal.properties) {
      if (!property.name || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) continue;
      const fieldPath = `${path}.${property.name.text}`;
      const text = commentText(property);
      if (text) docs.set(fieldPath, text);
      if (ts.isPropertyAssignment(property)) visit(property.initializer, fieldPath);
    }
  }

  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer)
        visit(declaration.initializer, declaration.name.text);
    }
  }
  return docs;
}

/** The doc comments of every schema file in a folder. */
export function readFieldDocs(folder = 'src/schemas'): FieldDocs {
  const docs = new Map<string, string>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
    for (const [key, text] of fieldDocsOf(readFileSync(join(folder, file), 'utf8'))) docs.set(key, text);
  }
  return docs;
}
