import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../checks/content-check';
import { formatProblems, summary } from '../checks/report';

/**
 * Runs the content checks (`npm run check`) before every build. Errors stop the build with one
 * Chinese report naming each file, line and field, and nothing else: no stack trace for editors.
 */
export function contentCheckIntegration(): AstroIntegration {
  return {
    name: 'site:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        // Files unchanged since the previous build are not checked on their own again (check-cache.ts).
        const cacheFile = fileURLToPath(new URL('content-check.v8', config.cacheDir));
        const { problems, files } = await checkContent(fileURLToPath(config.root), new Date(), { cacheFile });
        const took = ((performance.now() - started) / 1000).toFixed(2);
        const hasErrors = problems.some((problem) => problem.severity === 'error');
        if (problems.length > 0) (hasErrors ? logger.error : logger.warn).call(logger, `\n${formatProblems(problems)}`);
        logger.info(summary(problems, files));
        logger.info(`content checked in ${took} s`);
        // In dev the editor keeps previewing; Astro's own overlay shows the entry that fails.
        if (hasErrors && command === 'build') {
          const failure = new AstroError(
            summary(problems, files),
            '改正上面列出的错误后重新构建；运行 npm run check 可以只做检查。',
          );
          failure.stack = '';
          throw failure;
        }
      },
    },
  };
}
