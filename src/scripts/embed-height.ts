/**
 * Tells the page that frames this /embed/ page how tall its content is, whenever that changes, so the
 * host's copy of public/embed/resize.js can size the iframe to fit (no inner scroll bar, no blank
 * space). The content's own height is measured, not the document's: a document is never shorter
 * than its frame, so measuring it would let the frame grow but never shrink.
 */
const MESSAGE = 'wenming:embed-height';

if (window.parent !== window) {
  const content = document.querySelector<HTMLElement>('.embed__main') ?? document.body;
  let last = 0;
  const report = () => {
    const bodyMargin = parseFloat(getComputedStyle(document.body).marginBottom) || 0;
    const height = Math.ceil(content.getBoundingClientRect().bottom + window.scrollY + bodyMargin);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: MESSAGE, height }, '*');
  };
  new ResizeObserver(report).observe(content);
  window.addEventListener('load', report);
}
