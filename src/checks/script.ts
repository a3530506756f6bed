import { scriptMarkup, scriptText } from '../lib/broadcast-text';
import { error, warning, type Problem } from './problem';

/** Collections whose body is a script read aloud as written (src/schema/collections/broadcasts.ts). */
export const SCRIPT_COLLECTIONS: ReadonlySet<string> = new Set(['broadcasts']);

/**
 * A loudspeaker script is read out as written: it must have text, and Markdown marks in it (#, -, **,
 * links) would be read out or make the page differ from the text download, so each is a warning.
 */
export function scriptProblems(body: string, file: string, firstLine: number): Problem[] {
  if (!scriptText(body)) return [error(file, '“播读正文”必须填写：广播稿的正文就是要念的原文。', { field: 'body' })];
  return scriptMarkup(body).map(({ line, what }) =>
    warning(
      file,
      `“播读正文”这一行有${what}。广播稿是照着念的纯文字，念的人会把符号念出来，下载的文本里也会原样出现。请删去符号，只留要念的文字。`,
      {
        line: firstLine + line - 1,
        field: 'body',
      },
    ),
  );
}
