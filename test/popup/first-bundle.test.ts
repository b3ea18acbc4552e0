// The popup stays fast: what it loads to show the record (the static imports of its entry)
// holds the action bar but none of what the actions build. The attribution, the menus and
// the settings (WXT storage) load on first use; Markdown (Turndown), the HTML document and
// the citations load when an export or a citation is asked for.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');

function imports(file: string, dynamic: boolean): string[] {
  const source = readFileSync(file, 'utf8');
  const pattern = dynamic
    ? /(?<!typeof )\bimport\(\s*'([^']+)'\s*\)/g
    : /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?'([^']+)'/gm;
  return [...source.matchAll(pattern)].map((m) => m[1]);
}

function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    try {
      if (candidate.endsWith('.ts') || candidate.endsWith('.css')) {
        readFileSync(candidate);
        return candidate;
      }
    } catch {
      /* next */
    }
  }
  return null;
}

/** Every module and package the entry reaches through static imports. */
function firstBundle(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    const rel = relative(ROOT, file);
    if (modules.has(rel)) return;
    modules.add(rel);
    if (!file.endsWith('.ts')) return;
    for (const spec of imports(file, false)) {
      const local = resolveLocal(file, spec);
      if (local) visit(local);
      else if (!spec.startsWith('.')) packages.add(spec);
    }
  };
  visit(join(ROOT, entry));
  return { modules, packages };
}

describe('the popup’s first bundle', () => {
  const { modules, packages } = firstBundle('entrypoints/popup/main.ts');

  it('has the action bar and the clipboard, not what the actions build', () => {
    expect(modules).toContain('src/popup/action-bar.ts');
    expect(modules).toContain('src/popup/clipboard.ts');
    for (const lazy of [
      'src/popup/action-panels.ts',
      'src/popup/actions.ts',
      'src/format/attribution.ts',
      'src/format/markdown.ts',
      'src/format/html-document.ts',
      'src/format/citation.ts',
      'src/settings-store.ts',
      // The corrections and the evidence: loaded as the popup opens, the form and the report on their click.
      'src/popup/article-corrections.ts',
      'src/popup/field-notes.ts',
      'src/popup/correction-editor.ts',
      'src/corrections/store.ts',
      'src/corrections/validate.ts',
      'src/corrections/edit.ts',
      'src/report/save-report.ts',
      'src/report/report.ts',
    ]) {
      expect(modules, lazy).not.toContain(lazy);
    }
    expect([...packages].filter((p) => /turndown|storage|dompurify|readability/i.test(p))).toEqual([]);
  });

  it('loads them with import() on use', () => {
    expect(imports(join(ROOT, 'src/popup/action-bar.ts'), true)).toEqual(['./action-panels']);
    expect(imports(join(ROOT, 'src/popup/editor-wiring.ts'), true)).toEqual(['../settings-store']);
    expect(imports(join(ROOT, 'src/popup/actions.ts'), true).sort()).toEqual(['../format/citation', '../format/html-document', '../format/markdown']);
    expect(imports(join(ROOT, 'src/popup/corrections.ts'), true)).toEqual(['./article-corrections']);
    expect(imports(join(ROOT, 'src/popup/article-corrections.ts'), true).sort()).toEqual(['../report/save-report', './correction-editor']);
  });
});
