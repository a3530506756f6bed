/**
 * `npm run check`: checks all of content/ and reports every problem at once, in Chinese, with file
 * and line. Exits 1 when there are errors, 0 with warnings only.
 */
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/checks/content-check';
import { formatProblems, summary } from '../src/checks/report';

const root = fileURLToPath(new URL('..', import.meta.url));
const { problems, files } = await checkContent(root);
if (problems.length > 0) console.log(formatProblems(problems));
console.log(summary(problems, files));
process.exitCode = problems.some((problem) => problem.severity === 'error') ? 1 : 0;
