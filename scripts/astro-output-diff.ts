/**
 * Checks that reformatting .astro files changed nothing they print. Compiles every tracked .astro file as Astro
 * does (compressHTML's default, 'jsx'), once as it is in the working tree and once as it is in a git revision
 * (default HEAD), and compares what the compiled component can print: the static text of its templates (with any
 * `{' '}`-style literal inlined) and its string literals, in order, over every branch, rendered on the sample
 * site or not. Prints each file that differs and exits 1.
 *
 *   npm run format && npx tsx scripts/astro-output-diff.ts [revision]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { transform } from '@astrojs/compiler-rs';
import ts from 'typescript';

const revision = process.argv[2] ?? 'HEAD';
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

function printable(file: string, source: string): string[] {
  const { code } = transform(source, { filename: file, compact: 'jsx' });
  const tree = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTemplateExpression(node)) {
      let text = node.head.rawText ?? '';
      for (const span of node.templateSpans) {
        if (ts.isStringLiteral(span.expression)) text += span.expression.text;
        else {
          text += '${…}';
          visit(span.expression);
        }
        text += span.literal.rawText ?? '';
      }
      out.push(text);
      return;
    }
    if (ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.rawText ?? node.text);
    else if (ts.isStringLiteral(node)) out.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return out;
}

const files = git('ls-files', '*.astro').split('\n').filter(Boolean);
let differing = 0;
for (const file of files) {
  let before: string;
  try {
    before = git('show', `${revision}:${file}`);
  } catch {
    continue; // new since that revision: nothing to compare with
  }
  const old = printable(file, before);
  const now = printable(file, readFileSync(file, 'utf8'));
  const index = old.findIndex((part, i) => part !== now[i]);
  if (index === -1 && old.length === now.length) continue;
  differing++;
  const at = index === -1 ? Math.min(old.length, now.length) : index;
  console.log(`${file}\n  ${revision}: ${JSON.stringify(old[at])}\n  now: ${JSON.stringify(now[at])}`);
}
console.log(`${files.length} .astro files compared with ${revision}: ${differing} print differently.`);
process.exitCode = differing > 0 ? 1 : 0;
