import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlAsText } from '../../src/markdown/html-as-text';
import { neutraliseMdx } from '../../src/mdx/neutralise';

/**
 * The second line of defence: even if the content check were skipped, what the MDX compiler makes of
 * hostile input (with the plugins astro.config.mjs gives it) runs nothing. Each case is compiled,
 * imported and rendered for real; the side effects it tries would leave a file behind.
 */
const work = mkdtempSync(join(process.cwd(), 'node_modules/.mdx-neutralise-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const marker = (name: string) => join(work, name).replace(/\\/g, '/');
const components = {
  提示: ({ children, ...props }: { children?: unknown }) =>
    createElement('div', { 'data-props': JSON.stringify(props) }, children as never),
  热线: (props: Record<string, unknown>) => createElement('p', { 'data-props': JSON.stringify(props) }),
  步骤: ({ children }: { children?: unknown }) => createElement('section', null, children as never),
};

async function run(source: string, name: string): Promise<string> {
  const { code } = mdxToJs(source, { mdastPlugins: [htmlAsText, neutraliseMdx] } as never);
  const file = join(work, `${name}.mjs`);
  writeFileSync(file, code);
  const module = (await import(pathToFileURL(file).href)) as { default: (props: object) => unknown };
  return renderToStaticMarkup(createElement(module.default as never, { components } as never));
}

describe('MDX compiled behind the check', () => {
  it('drops export and import, which never run', async () => {
    const html = await run(
      `export const x = require('node:fs').writeFileSync('${marker('export')}', 'x')\n\nimport fs from 'node:fs'\n\n正文`,
      'esm',
    );
    expect(existsSync(marker('export'))).toBe(false);
    expect(html).toBe('<p>正文</p>');
  });

  it('drops expressions in text, in flow and in attributes', async () => {
    const html = await run(
      [
        `洗手 {(await import('node:fs')).writeFileSync('${marker('text')}', 'x')} 次`,
        `{(() => { throw new Error('ran') })()}`,
        `<热线 名称="热线" 号码={(await import('node:fs')).writeFileSync('${marker('attribute')}', 'x')} />`,
        `<提示 {...(() => { throw new Error('spread ran') })()}>\n小心\n</提示>`,
      ].join('\n\n'),
      'expressions',
    );
    expect(existsSync(marker('text')) || existsSync(marker('attribute'))).toBe(false);
    expect(html).toContain('<p>洗手  次</p>');
    expect(html).toContain('data-props="{&quot;名称&quot;:&quot;热线&quot;}"');
    expect(html).toContain('小心');
  });

  it('drops unknown components, HTML written as JSX and undeclared attributes, also when nested', async () => {
    const html = await run(
      [
        '<Foo />',
        '<iframe src="https://evil.example/"></iframe>',
        '<a.b />',
        '<提示 onClick="alert(1)" 级别="注意">\n小心\n</提示>',
        '<步骤>\n\n1. 内\n2. <script>alert(1)</script>\n\n</步骤>',
      ].join('\n\n'),
      'tags',
    );
    expect(html).not.toMatch(/iframe|onClick|onclick|<script|Foo/);
    expect(html).toContain('data-props="{&quot;级别&quot;:&quot;注意&quot;}"');
    expect(html).toContain('<li>内</li>');
  });
});
