/** The two pages the local site shows while the content does not build (see scripts/local-site.ts). */
import type { Problem } from '../../src/checks/problem';
import { escapeHtml } from '../../src/lib/html-escape';

const where = (problem: Problem) =>
  `${problem.file}${problem.line ? ` 第 ${problem.line} 行` : ''}${problem.field ? `（${problem.field}）` : ''}`;

/** Every error, with where it is and what to do; it reloads itself (no script) until the site is back. */
export function problemPage(problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const items = errors
    .map((problem) => `<li><code>${escapeHtml(where(problem))}</code><br>${escapeHtml(problem.message)}</li>`)
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="10">
<title>网站暂未构建：内容有错误</title>
<style>body{font:18px/1.6 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}li{margin:.8rem 0}code{background:#f3f3f3;padding:0 .2rem}a{color:#a4000f}</style>
</head>
<body>
<main>
<h1>网站暂未构建：内容有 ${errors.length} 处错误</h1>
<p>改正下面的错误后，网站会自动重新构建。可以在 <a href="/admin/">内容管理</a> 中打开并改正这些内容，保存后本页会自动刷新。</p>
<ol>
${items || '<li>正在检查内容……</li>'}
</ol>
</main>
</body>
</html>
`;
}

/** The CMS shell (as admin/index.astro renders it), for when no build has made one. */
export function rescueAdminPage(script: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>内容管理</title>
</head>
<body>
<noscript>内容管理系统需要启用 JavaScript。</noscript>
<script type="module" src="${escapeHtml(script)}"></script>
</body>
</html>
`;
}
