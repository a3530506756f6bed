// decap-cms-locales ships no types; the CMS only needs the 简体中文 phrase tree.
declare module 'decap-cms-locales' {
  export const zh_Hans: Record<string, unknown>;
}
