import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFKit from 'pdfkit';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileReferenceProblem, mediaFileProblems } from '../../src/media/file-checks';
import { bytesMatchExtension, FILE_KINDS, formatFileSize, mediaKindOf } from '../../src/media/kinds';
import { pdfPageCount } from '../../src/media/pdf-pages';
import { INDEX_NUMBER_PATTERN } from '../../src/schema/collections/notices';
import { CONTENT } from '../helpers/paths';

const media = (name: string) => readFileSync(join(CONTENT, 'media', name));

/** A PDF of `pages` pages written by pdfkit, the posters' PDF library. */
function pdfkitPdf(pages: number): Promise<Buffer> {
  const doc = new PDFKit({ size: 'A4' });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  for (let page = 1; page <= pages; page++) {
    if (page > 1) doc.addPage();
    doc.text(`page ${page}`);
  }
  doc.end();
  return done;
}

describe('file sizes as readers see them', () => {
  it('are in KB below a megabyte and in MB above, 1 KB being 1,000 bytes as in the limits', () => {
    expect(formatFileSize(0)).toBe('0.1 KB');
    expect(formatFileSize(420)).toBe('0.4 KB');
    expect(formatFileSize(2_956)).toBe('3 KB');
    expect(formatFileSize(128_428)).toBe('128 KB');
    expect(formatFileSize(999_499)).toBe('999 KB');
    expect(formatFileSize(1_250_000)).toBe('1.3 MB');
    expect(formatFileSize(20_000_000)).toBe('20 MB');
  });
});

describe('the kinds of media file', () => {
  it('are told by extension, in any case, and images are none of them', () => {
    expect(mediaKindOf('content/media/plan.PDF')).toBe('attachment');
    expect(mediaKindOf('回执表.xlsx')).toBe('attachment');
    expect(mediaKindOf('clip.webm')).toBe('video');
    expect(mediaKindOf('clip.vtt')).toBe('captions');
    expect(mediaKindOf('photo.jpg')).toBeUndefined();
    expect(mediaKindOf('notes.txt')).toBeUndefined();
  });

  it('state their limits: 20 MB for attachments, 50 MB for videos', () => {
    expect(FILE_KINDS.attachment.maxBytes).toBe(20_000_000);
    expect(FILE_KINDS.video.maxBytes).toBe(50_000_000);
  });

  it('are recognised by their bytes, so a renamed file is not taken for what its name says', () => {
    expect(bytesMatchExtension(media('wenming-2020-1.pdf'), 'pdf')).toBe(true);
    expect(bytesMatchExtension(media('wenming-2020-1-report-form.xlsx'), 'xlsx')).toBe(true);
    expect(bytesMatchExtension(media('wenming-2020-1-report-form.xlsx'), 'docx')).toBe(false);
    expect(bytesMatchExtension(media('civility-psa.mp4'), 'mp4')).toBe(true);
    expect(bytesMatchExtension(media('hand-washing-steps.webm'), 'webm')).toBe(true);
    expect(bytesMatchExtension(media('hand-washing-steps.webm'), 'mp4')).toBe(false);
    expect(bytesMatchExtension(media('masks.jpg'), 'pdf')).toBe(false);
    expect(bytesMatchExtension(media('masks.jpg'), 'doc')).toBe(false);
  });
});

describe('the page count of a PDF', () => {
  it('is read from the sample 原件 (seven A4 pages)', async () => {
    expect(await pdfPageCount(media('wenming-2020-1.pdf'))).toBe(7);
  });

  it('is read from PDFs written by pdfkit and by pdf-lib with compressed object streams', async () => {
    expect(await pdfPageCount(await pdfkitPdf(3))).toBe(3);
    const document = await PDFDocument.create();
    for (let page = 0; page < 4; page++) document.addPage();
    expect(await pdfPageCount(await document.save({ useObjectStreams: true }))).toBe(4);
  });

  it('is undefined for a file that is no PDF or is cut short', async () => {
    expect(await pdfPageCount(media('masks.jpg'))).toBeUndefined();
    expect(await pdfPageCount(Buffer.from('%PDF-1.7\n'))).toBeUndefined();
  });
});

describe('索引号', () => {
  it('takes an 18-character unified social credit code or a 9-character organisation code, the year and a serial number', () => {
    for (const good of ['11140100MB1234567X/2020-00001', '000014349/2019-00123'])
      expect(good, good).toMatch(INDEX_NUMBER_PATTERN);
    for (const bad of [
      '11140100mb1234567x/2020-00001',
      '11140100MB1234567X-2020-00001',
      '11140100MB1234567X/2020-1',
      '11140100MB1234567X/2020-00001 ',
      '11140100MI1234567X/2020-00001',
    ]) {
      expect(bad, bad).not.toMatch(INDEX_NUMBER_PATTERN);
    }
  });
});

describe('a file an entry names, and the media folder’s files', () => {
  let root = '';
  const entry = () => join(root, 'content/notices/a.md');
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'media-files-'));
    mkdirSync(join(root, 'content/media/sub'), { recursive: true });
    mkdirSync(join(root, 'content/notices'), { recursive: true });
    writeFileSync(join(root, 'content/media/plan.pdf'), await pdfkitPdf(2));
    writeFileSync(join(root, 'content/media/sub/plan.pdf'), await pdfkitPdf(1));
    writeFileSync(join(root, 'content/media/photo.pdf'), media('masks.jpg'));
    writeFileSync(join(root, 'content/media/cut.pdf'), '%PDF-1.7\n1 0 obj');
    writeFileSync(join(root, 'content/media/big.pdf'), '%PDF-1.7\n');
    truncateSync(join(root, 'content/media/big.pdf'), 20_000_001);
    writeFileSync(join(root, 'content/media/clip.mp4'), media('civility-psa.mp4'));
    writeFileSync(join(root, 'content/media/clip.vtt'), media('civility-psa.vtt'));
    writeFileSync(join(root, 'content/media/clip.jpg'), media('civility-psa.jpg'));
    writeFileSync(join(root, 'content/media/srt.vtt'), '1\n00:00:00,000 --> 00:00:01,000\n字幕\n');
    writeFileSync(join(root, 'content/media/form.xlsx'), media('wenming-2020-1-report-form.xlsx'));
    writeFileSync(join(root, 'content/media/upper.PDF'), await pdfkitPdf(1));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is accepted when it is in the media folder, of the field’s type and within its limit', () => {
    expect(fileReferenceProblem(root, entry(), 'attachment', '../media/plan.pdf')).toBeUndefined();
    expect(fileReferenceProblem(root, entry(), 'attachment', '../media/form.xlsx')).toBeUndefined();
    expect(fileReferenceProblem(root, entry(), 'video', '../media/clip.mp4')).toBeUndefined();
    expect(fileReferenceProblem(root, entry(), 'captions', '../media/clip.vtt')).toBeUndefined();
    expect(fileReferenceProblem(root, entry(), 'poster', '../media/clip.jpg')).toBeUndefined();
  });

  it('is refused, in Chinese naming the file, when of another type, missing, elsewhere, too large or not what it says', () => {
    expect(fileReferenceProblem(root, entry(), 'attachment', '../media/clip.jpg')).toBe(
      '“../media/clip.jpg”不是附件（PDF、Word 或 Excel 文件）。这里只能选择 PDF、DOC、DOCX、XLS、XLSX 文件。',
    );
    expect(fileReferenceProblem(root, entry(), 'attachment', '../media/gone.pdf')).toContain(
      '找不到文件“../media/gone.pdf”',
    );
    expect(fileReferenceProblem(root, entry(), 'attachment', '../media/sub/plan.pdf')).toContain(
      '不在媒体库 content/media 中',
    );
    expect(fileReferenceProblem(root, entry(), 'attachment', '../media/big.pdf')).toContain(
      '文件“../media/big.pdf”有 20 MB，超过附件（PDF、Word 或 Excel 文件）的上限 20 MB',
    );
    expect(fileReferenceProblem(root, entry(), 'attachment', '../media/photo.pdf')).toContain('的内容不是 PDF 格式');
    expect(fileReferenceProblem(root, entry(), 'captions', '../media/srt.vtt')).toContain('第一行必须是“WEBVTT”');
    expect(fileReferenceProblem(root, entry(), 'video', '../media/clip.vtt')).toContain('不是视频（MP4 或 WebM）');
    expect(fileReferenceProblem(root, entry(), 'attachment', '../media/upper.PDF')).toContain(
      '扩展名请改为小写（.pdf）',
    );
  });

  it('in the media folder: a PDF that does not open is an error of its own, a good one is not', async () => {
    expect(await mediaFileProblems(root, 'content/media/plan.pdf')).toEqual([]);
    expect((await mediaFileProblems(root, 'content/media/cut.pdf')).map((problem) => problem.message)).toEqual([
      '文件“cut.pdf”不是能打开的 PDF（文件损坏或不完整）。请重新导出 PDF 后上传。',
    ]);
    expect((await mediaFileProblems(root, 'content/media/srt.vtt'))[0]?.message).toContain(
      '字幕文件“srt.vtt”不是 WebVTT 字幕',
    );
    expect(await mediaFileProblems(root, 'content/media/clip.jpg')).toEqual([]);
  });
});
