/**
 * The runtime import graph of src/, for the architecture tests. Type-only
 * imports are erased at compile time, so they cannot form a runtime cycle and
 * are left out: `import type`, `export type`, and named imports whose every
 * binding is marked `type`. Dynamic `import()` calls count as runtime edges.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One runtime import: the importing file and the imported file, both relative to src/. */
export interface ImportEdge {
  from: string;
  to: string;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(p));
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return true;
    const clause = node.exportClause;
    return clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
  }
  const clause = node.importClause;
  if (clause === undefined) return false; // a side-effect import runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name !== undefined) return false;
  const bindings = clause.namedBindings;
  if (bindings === undefined || ts.isNamespaceImport(bindings)) return false;
  return bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

function runtimeSpecifiers(file: ts.SourceFile): string[] {
  const specs: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!isTypeOnly(node)) specs.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg !== undefined && ts.isStringLiteral(arg)) specs.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return specs;
}

/** Every relative runtime import between files under `srcDir`. */
export function runtimeImports(srcDir: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const abs of sourceFiles(srcDir)) {
    const file = ts.createSourceFile(abs, fs.readFileSync(abs, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const spec of runtimeSpecifiers(file)) {
      if (!spec.startsWith('.')) continue;
      const target = path.resolve(path.dirname(abs), spec.replace(/\.js$/, '.ts'));
      edges.push({ from: path.relative(srcDir, abs).split(path.sep).join('/'), to: path.relative(srcDir, target).split(path.sep).join('/') });
    }
  }
  return edges;
}

/** The top-level folder of a path relative to src/; files directly in src/ belong to `.`. */
export function topFolder(rel: string): string {
  const parts = rel.split('/');
  if (parts.length === 1) return rel === 'index.ts' ? 'index' : '.';
  // A pack is its own unit: src/packs/crm is a folder of its own in the graph.
  if (parts[0] === 'packs' && parts.length > 2) return `packs/${parts[1]}`;
  return parts[0]!;
}

/** Edges between top-level folders, each with the file-level imports behind it. */
export function folderGraph(edges: ImportEdge[]): Map<string, Map<string, ImportEdge[]>> {
  const graph = new Map<string, Map<string, ImportEdge[]>>();
  for (const edge of edges) {
    const a = topFolder(edge.from);
    const b = topFolder(edge.to);
    if (a === b) continue;
    const targets = graph.get(a) ?? new Map<string, ImportEdge[]>();
    graph.set(a, targets);
    targets.set(b, [...(targets.get(b) ?? []), edge]);
  }
  return graph;
}

/** The strongly connected components with more than one folder (Tarjan). */
export function folderCycles(graph: Map<string, Map<string, ImportEdge[]>>): string[][] {
  const nodes = new Set<string>([...graph.keys(), ...[...graph.values()].flatMap((t) => [...t.keys()])]);
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const v of [...nodes].sort()) if (!index.has(v)) connect(v);
  return components;
}
