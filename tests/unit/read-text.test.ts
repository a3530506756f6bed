import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContentText } from '../../src/checks/read-text';
import { findOverdueKnowledge } from '../../src/integrations/review-report';

/** What Windows Notepad saves: a byte-order mark and CRLF line ends. */
const notepad = (text: string) => `\ufeff${text.replace(/\n/g, '\r\n')}`;

describe('the one reader of content files outside the check', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'read-text-'));
    mkdirSync(join(root, 'content/knowledge'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('drops the BOM and turns CRLF into LF', () => {
    writeFileSync(join(root, 'a.yml'), notepad('siteName: 网站\nbanner:\n  enabled: true\n'));
    expect(readContentText(join(root, 'a.yml'))).toBe('siteName: 网站\nbanner:\n  enabled: true\n');
  });

  it('says in Chinese, naming the file, when a file is not UTF-8', () => {
    writeFileSync(join(root, 'gbk.md'), Buffer.from([0xc7, 0xda, 0xcf, 0xb4, 0xca, 0xd6]));
    expect(() => readContentText(join(root, 'gbk.md'), 'content/knowledge/gbk.md')).toThrow(
      /content\/knowledge\/gbk\.md：文件不是 UTF-8 编码/,
    );
  });

  it('lets the review report read a knowledge file saved by Notepad (it used to stop the build)', () => {
    writeFileSync(
      join(root, 'content/knowledge/notepad.md'),
      notepad('---\ntitle: 用记事本保存\nnextReview: 2020-01-01\n---\n\n正文\n'),
    );
    expect(findOverdueKnowledge(root, new Date('2026-12-01T00:00:00Z')).map((article) => article.path)).toEqual([
      '/knowledge/notepad/',
    ]);
  });

  it('skips a file the check has already reported instead of stopping the build', () => {
    writeFileSync(join(root, 'content/knowledge/empty.md'), '');
    writeFileSync(
      join(root, 'content/knowledge/gbk.md'),
      Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc7, 0xda, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]),
    );
    expect(findOverdueKnowledge(root, new Date('2026-12-01T00:00:00Z'))).toEqual([]);
  });
});
