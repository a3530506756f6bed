import PDFDocument from 'pdfkit';
import type { PosterFonts } from '../../src/posters/render/fonts';

/**
 * The 原件 of 并文明〔2020〕1号 as a PDF, typeset from the plan's text (/work/shared/seed/) the way a
 * 公文 is laid out: the red 版头 with the issuing body and 文号 over a red rule, the title centred,
 * paragraphs indented two characters, headings in bold, page numbers “— 1 —” at the foot. Set in
 * the posters' font (Noto Sans SC, subset by pdfkit), so it prints the same everywhere.
 */

const RED = '#c8102e';
const MM = 72 / 25.4;
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM };
const BODY_SIZE = 15;
const LINE_GAP = 9;

/** Paragraphs of the plain-text plan: broken lines joined, ASCII punctuation made full-width. */
export function planParagraphs(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) =>
      line
        .replace(/\(/g, '（')
        .replace(/\)/g, '）')
        .replace(/,/g, '，')
        .replace(/:(?!\/\/)/g, '：')
        .replace(/;/g, '；')
        .replace(/--/g, '-')
        .replace(/(?<=[\u4e00-\u9fff》])\s+(?=[\u4e00-\u9fff《])/g, ''),
    );
  const paragraphs: string[] = [];
  for (const line of lines) {
    const previous = paragraphs.at(-1);
    // A paragraph the text file broke in two: long, and not ended by a sentence mark (the 版头 and title never are).
    if (
      previous &&
      paragraphs.length > 3 &&
      previous.length > 30 &&
      !/[。：；！？]$/.test(previous) &&
      !/^关于.*实施方案$/.test(previous)
    )
      paragraphs[paragraphs.length - 1] = previous + line;
    else paragraphs.push(line);
  }
  return paragraphs;
}

export function renderPlanPdf(
  paragraphs: readonly string[],
  fonts: PosterFonts,
  info: { title: string; author: string; date: Date },
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    lang: 'zh-CN',
    displayTitle: true,
    bufferPages: true,
    info: {
      Title: info.title,
      Author: info.author,
      Subject: info.title,
      Creator: '太原文明网示例内容',
      CreationDate: info.date,
      ModDate: info.date,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const font of Object.values(fonts)) doc.registerFont(font.name, font.data);
  const width = PAGE.width - MARGIN.left - MARGIN.right;
  const [header = '', docNumber = '', title = '', ...rest] = paragraphs;

  // 版头: the issuing body in red, the 文号, a red rule.
  doc.font('bold').fontSize(26).fillColor(RED).text(header, { width, align: 'center' });
  doc.moveDown(1.2);
  doc.font('regular').fontSize(BODY_SIZE).fillColor('#000').text(docNumber, { width, align: 'center' });
  doc.moveDown(0.4);
  const ruleY = doc.y;
  doc
    .moveTo(MARGIN.left, ruleY)
    .lineTo(PAGE.width - MARGIN.right, ruleY)
    .lineWidth(1.5)
    .strokeColor(RED)
    .stroke();
  doc.y = ruleY + 24;
  doc.font('bold').fontSize(20).fillColor('#000').text(title, { width, align: 'center', lineGap: 6 });
  doc.moveDown(1);

  let inPlan = false;
  for (const [index, paragraph] of rest.entries()) {
    const isTitle = paragraph === '太原市文明委' || /^关于.*实施方案$/.test(paragraph);
    const isHeading =
      /^[一二三四五六七八九十]+、/.test(paragraph) ||
      (/^（[一二三四五六七八九十]+）/.test(paragraph) && paragraph.length < 30);
    // The 主送机关 (first line after the title) and the closing lines are flush left.
    const isClosing =
      index === 0 ||
      /^(抄报|抄送|共印)/.test(paragraph) ||
      /印发$/.test(paragraph) ||
      paragraph === '太原市精神文明建设指导委员会办公室';
    if (isTitle) {
      if (!inPlan) doc.addPage();
      inPlan = true;
      doc.font('bold').fontSize(20).text(paragraph, { width, align: 'center', lineGap: 6 });
      if (/实施方案$/.test(paragraph)) doc.moveDown(1);
      continue;
    }
    doc
      .font(isHeading ? 'bold' : 'regular')
      .fontSize(BODY_SIZE)
      .text(paragraph, {
        width,
        align: isClosing ? 'left' : 'justify',
        indent: isClosing ? 0 : BODY_SIZE * 2,
        lineGap: LINE_GAP,
        paragraphGap: 4,
      });
  }

  // Page numbers, as 公文 carry them: “— 1 —” centred at the foot.
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(12)
      .fillColor('#000')
      .text(`— ${index + 1} —`, MARGIN.left, PAGE.height - 20 * MM, { width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
