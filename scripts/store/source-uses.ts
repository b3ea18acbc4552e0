// The browser APIs our own TypeScript reaches, found by type rather than by name: every
// identifier or property whose declaration is the WebExtension API (@wxt-dev/browser, WXT's
// own wrappers of it), the DOM (lib.dom) or JavaScript's built-ins (lib.es*), turned into its
// path in MDN's browser-compat-data. An API held in a variable or passed as a parameter is
// still found, because its type still points at the declaration.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { bcdAt, type Use } from './firefox-needs';

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : /\.ts$/.test(p) && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** WXT's typed wrappers of a namespace (in wxt/browser and the generated .wxt/types). */
const WXT_WRAPPERS: Record<string, string> = { WxtRuntime: 'runtime', WxtScripting: 'scripting', WxtI18n: 'i18n' };
const STORAGE_AREA = /^(local|session|sync|managed):/;

/** Uses in the TypeScript under `dirs` (relative to `root`), type-checked with the project's tsconfig. */
export function sourceUses(root: string, dirs: string[]): Use[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error('source-uses: cannot read tsconfig.json');
  const roots = dirs.flatMap((d) => tsFiles(join(root, d)));
  const wxtTypes = join(root, '.wxt/wxt.d.ts');
  const program = ts.createProgram([...roots, wxtTypes], { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const file of roots) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const where = relative(root, file);
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) {
        const feature = featureOf(checker, node);
        if (feature) uses.push({ feature, where });
      } else if (ts.isCallExpression(node)) {
        // WXT storage items name their area in the key: storage.defineItem('sync:settings').
        const arg = node.arguments[0];
        const callee = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression);
        const fromWxtStorage = callee?.declarations?.some((d) => /@wxt-dev[\\/]storage/.test(d.getSourceFile().fileName));
        const area = arg && ts.isStringLiteralLike(arg) ? STORAGE_AREA.exec(arg.text)?.[1] : undefined;
        if (fromWxtStorage && area) uses.push({ feature: `webextensions.api.storage.${area}`, where });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** The BCD path of what `id` refers to, when it is a browser API that BCD lists. */
function featureOf(checker: ts.TypeChecker, id: ts.Identifier): string | null {
  const symbol = checker.getSymbolAtLocation(id);
  const decl = symbol?.declarations?.[0];
  if (!symbol || !decl) return null;
  const file = decl.getSourceFile().fileName.replace(/\\/g, '/');
  const owners: string[] = [];
  for (let p: ts.Node | undefined = decl.parent; p; p = p.parent) {
    if ((ts.isInterfaceDeclaration(p) || ts.isModuleDeclaration(p) || ts.isClassDeclaration(p)) && p.name && ts.isIdentifier(p.name)) owners.unshift(p.name.text);
  }
  const path = [...owners, symbol.name];
  let candidates: string[] = [];
  if (/@wxt-dev\/browser\//.test(file) && path[0] === 'Browser') {
    candidates = [`webextensions.api.${path.slice(1).join('.')}`];
  } else if ((/wxt\/dist\/browser\.d\.mts$/.test(file) || /\.wxt\/types\//.test(file)) && WXT_WRAPPERS[path[0]!]) {
    candidates = [`webextensions.api.${[WXT_WRAPPERS[path[0]!], ...path.slice(1)].join('.')}`];
  } else if (/typescript\/lib\/lib\.dom[.a-z]*\.d\.ts$/.test(file)) {
    candidates = [`api.${path.join('.')}`];
  } else if (/typescript\/lib\/lib\.es[0-9a-z.]*\.d\.ts$/.test(file)) {
    // ArrayConstructor.from → Array.from; ReadonlyArray.includes → Array.includes; Intl.X.y stays.
    const named = path.map((p, i) => (i === 0 ? p.replace(/Constructor$/, '').replace(/^Readonly(?=Array)/, '') : p));
    candidates = [`javascript.builtins.${named.join('.')}`];
  }
  return candidates.find((c) => bcdAt(c)?.__compat) ?? null;
}
