/**
 * What a host that reads `_headers` (Cloudflare Pages rules) sends for a
 * path: every rule whose pattern matches applies, in file order; `*` matches any characters, a
 * `! Name` line detaches the value an earlier rule set, and two values of one header are joined
 * with ", " (which is why the shipped file detaches before it replaces).
 */
export function headersFor(file: string, path: string): Record<string, string> {
  const rules: { pattern: RegExp; detach: string[]; set: [string, string][] }[] = [];
  for (const line of file.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), detach: [], set: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: a header line before any path: ${line}`);
    const detached = /^\s+!\s*(.+)$/.exec(line);
    if (detached) rule.detach.push(detached[1]!.trim().toLowerCase());
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
      if (!name) throw new Error(`_headers: not a header line: ${line}`);
      rule.set.push([name.trim().toLowerCase(), value!.trim()]);
    }
  }
  const headers: Record<string, string> = {};
  for (const rule of rules.filter(({ pattern }) => pattern.test(path))) {
    for (const name of rule.detach) delete headers[name];
    for (const [name, value] of rule.set) headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}
