import { imageTooLargeMessage, MAX_UPLOAD_BYTES, notAnImageMessage } from '../src/checks/entry-check';
import {
  FILE_KINDS,
  formatFileSize,
  IMAGE_EXTENSIONS,
  limitText,
  MEDIA_FILE_KINDS,
  mediaKindOf,
} from '../src/media/kinds';

/**
 * The upload limits of the content check, applied in the browser before Decap sees a file: every
 * file chosen or dropped anywhere in the CMS (an image field, an image in the body, the media
 * library) that the check would refuse is stopped here with the check's message. Listeners run
 * in the capture phase on window, before React's own, so Decap never stores the file.
 */
export function uploadProblem(file: File): string | undefined {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  // Attachments, videos and captions (src/media/kinds.ts) have limits of their own; their content is checked on save.
  const kind = mediaKindOf(file.name);
  if (kind) {
    const rule = FILE_KINDS[kind];
    return file.size > rule.maxBytes
      ? `“${file.name}”：文件有 ${formatFileSize(file.size)}，超过${rule.noun}的上限 ${limitText(kind)}。请压缩后重新上传。`
      : undefined;
  }
  if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extension) || (file.type && !file.type.startsWith('image/'))) {
    return `“${file.name}”：${notAnImageMessage}请上传图片，或 PDF、Word、Excel 附件，MP4、WebM 视频，WebVTT 字幕。`;
  }
  if (file.size > MAX_UPLOAD_BYTES) return `“${file.name}”：${imageTooLargeMessage}`;
  return undefined;
}

function refuseIfBad(files: FileList | null | undefined, event: Event): void {
  const problems = [...(files ?? [])].map(uploadProblem).filter((problem): problem is string => Boolean(problem));
  if (problems.length === 0) return;
  event.stopImmediatePropagation();
  event.preventDefault();
  if (event.target instanceof HTMLInputElement) event.target.value = '';
  window.alert(problems.join('\n'));
}

export function guardUploads(): void {
  window.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file')
        refuseIfBad(event.target.files, event);
    },
    true,
  );
  window.addEventListener('drop', (event) => refuseIfBad(event.dataTransfer?.files, event), true);
}

/** The accept attribute of file inputs: the image, document, video and caption types the site publishes. */
export const ACCEPTED_TYPES = [...IMAGE_EXTENSIONS, ...MEDIA_FILE_KINDS.flatMap((kind) => FILE_KINDS[kind].extensions)]
  .map((extension) => `.${extension}`)
  .join(',');
