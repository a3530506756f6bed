/**
 * Makes the sample content's media files that are not photographs, from sources in the repository
 * (run once, the outputs are committed; run again after changing a source):
 *
 * - content/media/wenming-2020-1.pdf: the 原件 of 并文明〔2020〕1号, typeset from the plan's text
 *   (tests/fixtures/seed/taiyuan-wenming-2020-1.txt, a copy of the plan in /work/shared/seed/) with the
 *   posters' PDF stack (pdfkit, Noto Sans SC);
 * - content/media/wenming-2020-1-report-form.xlsx: its 贯彻落实情况报送表 (a sample form to fill in);
 * - content/media/civility-psa.mp4 and civility-psa.jpg: a 20-second 公益广告 clip and its poster frame,
 *   drawn by ffmpeg (H.264, no sound) from the lines of its captions, content/media/civility-psa.vtt.
 *
 * Usage: npx tsx scripts/make-sample-media.ts   (ffmpeg with libx264 and drawtext for the clip)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPosterFonts } from '../src/posters/render/fonts';
import { parseWebVtt } from '../src/media/webvtt';
import { planParagraphs, renderPlanPdf } from './sample-media/plan-pdf';
import { xlsx } from './sample-media/xlsx';

const root = join(import.meta.dirname, '..');
const media = join(root, 'content/media');
const fonts = loadPosterFonts(root);

const plan = planParagraphs(readFileSync(join(root, 'tests/fixtures/seed/taiyuan-wenming-2020-1.txt'), 'utf8'));
const pdf = await renderPlanPdf(plan, fonts, {
  title: '太原市文明委关于在打赢疫情防控阻击战中有针对性地开展精神文明教育的实施方案（并文明〔2020〕1号）',
  author: '太原市精神文明建设指导委员会',
  date: new Date('2020-02-20T00:00:00Z'),
});
writeFileSync(join(media, 'wenming-2020-1.pdf'), pdf);
console.log(`wenming-2020-1.pdf: ${pdf.length} bytes`);

const form = xlsx({
  name: '报送表',
  title: '贯彻落实并文明〔2020〕1号情况报送表（示例）',
  columns: [
    { header: '序号', width: 6 },
    { header: '县（市、区）或单位', width: 22 },
    { header: '开展的主要工作', width: 40 },
    { header: '图片、文字材料（份）', width: 14 },
    { header: '联系人', width: 10 },
    { header: '联系电话', width: 16 },
    { header: '报送日期', width: 14 },
  ],
  blankRows: 12,
  note: '请于每周五前报送太原市文明办综合科（电子邮箱 tyswmbzhc@163.com，电话 0351-4223160）。',
});
writeFileSync(join(media, 'wenming-2020-1-report-form.xlsx'), form);
console.log(`wenming-2020-1-report-form.xlsx: ${form.length} bytes`);

// The clip: one slide per caption, the caption's text drawn large on the site's colours.
const captions = parseWebVtt(readFileSync(join(media, 'civility-psa.vtt'), 'utf8'));
if ('problem' in captions) throw new Error(captions.problem);
const font = fonts.bold.file;
const escape = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/:/g, '\\:').replace(/%/g, '\\%');
const filters = captions.cues.map((cue) => {
  const [first = '', second = ''] = cue.text.split('\n');
  const when = `enable='between(t,${cue.start},${cue.end - 0.01})'`;
  return [
    `drawtext=fontfile=${font}:text='${escape(first)}':fontcolor=white:fontsize=44:x=(w-text_w)/2:y=(h/2)-60:${when}`,
    second
      ? `drawtext=fontfile=${font}:text='${escape(second)}':fontcolor=#ffe08a:fontsize=32:x=(w-text_w)/2:y=(h/2)+10:${when}`
      : '',
  ]
    .filter(Boolean)
    .join(',');
});
const end = captions.cues.at(-1)!.end;
execFileSync('ffmpeg', [
  '-y',
  '-hide_banner',
  '-loglevel',
  'error',
  '-f',
  'lavfi',
  '-i',
  `color=c=#8b1a1a:s=640x360:r=15:d=${end}`,
  '-vf',
  [
    `drawtext=fontfile=${fonts.regular.file}:text='太原文明网 · 公益广告':fontcolor=white@0.8:fontsize=18:x=20:y=16`,
    ...filters,
  ].join(','),
  '-c:v',
  'libx264',
  '-preset',
  'veryslow',
  '-crf',
  '30',
  '-pix_fmt',
  'yuv420p',
  '-movflags',
  '+faststart',
  '-metadata',
  'title=文明防疫 从我做起（公益广告）',
  join(media, 'civility-psa.mp4'),
]);
execFileSync('ffmpeg', [
  '-y',
  '-hide_banner',
  '-loglevel',
  'error',
  '-ss',
  '1',
  '-i',
  join(media, 'civility-psa.mp4'),
  '-frames:v',
  '1',
  '-q:v',
  '3',
  join(media, 'civility-psa.jpg'),
]);
console.log('civility-psa.mp4 and civility-psa.jpg written');
