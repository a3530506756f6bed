/** One thing an editor should fix (error) or look at (warning), located as precisely as known. */
export interface Problem {
  /** Path relative to the project, e.g. `content/knowledge/masks.md`. */
  readonly file: string;
  /** 1-based line in the file, where known. */
  readonly line?: number | undefined;
  /** Front-matter key path, where the problem is a field. */
  readonly field?: string | undefined;
  readonly severity: 'error' | 'warning';
  /** Chinese, saying what is wrong and what to do. */
  readonly message: string;
}

export const error = (
  file: string,
  message: string,
  where: { line?: number | undefined; field?: string | undefined } = {},
): Problem => ({
  file,
  severity: 'error',
  message,
  ...where,
});

export const warning = (
  file: string,
  message: string,
  where: { line?: number | undefined; field?: string | undefined } = {},
): Problem => ({
  file,
  severity: 'warning',
  message,
  ...where,
});
