import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlPages, readDist } from '../helpers/dist';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // HTML allows any id without white space. Heading ids come from Chinese headings and may
    // start with a digit (“75%酒精怎么用” → 75酒精怎么用); the strict default wants a letter first.
    'valid-id': ['error', { relaxed: true }],
    // Telephone links carry the class tel, styled white-space: nowrap; a non-breaking hyphen in
    // the text instead would put a character readers cannot dial into a copied number.
    'tel-non-breaking': ['error', { ignoreClasses: ['tel'] }],
  },
});

describe('html-validate', () => {
  it('finds no error on any built page', async () => {
    const problems: string[] = [];
    for (const file of htmlPages()) {
      const report = await validator.validateString(readDist(file), file);
      for (const result of report.results) {
        for (const message of result.messages)
          problems.push(`${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
