// @ts-check
/**
 * Prettier for code and docs. 120 columns: the width the project's comments and Markdown were already wrapped to
 * (Chinese characters count as two columns), so most code keeps its shape and only the longest lines get wrapped.
 * @type {import('prettier').Config}
 */
export default {
  printWidth: 120,
  singleQuote: true,
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
