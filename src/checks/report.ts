import type { Problem } from './problem';

/** `content/knowledge/a.md 第 3 行（title）：…`, one line per problem, errors first. */
export function formatProblems(problems: readonly Problem[]): string {
  const line = (problem: Problem) => {
    const where = `${problem.line ? ` 第 ${problem.line} 行` : ''}${problem.field ? `（${problem.field}）` : ''}`;
    return `  ${problem.severity === 'error' ? '错误' : '提醒'}  ${problem.file}${where}：${problem.message}`;
  };
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  return [...errors, ...warnings].map(line).join('\n');
}

export function summary(problems: readonly Problem[], files: number): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  if (errors === 0 && warnings === 0) return `内容检查通过：${files} 个文件，没有发现问题。`;
  return `内容检查：${files} 个文件，${errors} 个错误，${warnings} 个提醒。${errors > 0 ? '请先改正错误，网站才能发布。' : '提醒不影响发布。'}`;
}
