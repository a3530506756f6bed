/**
 * Tells the page that frames this /embed/ page how tall it is, whenever that changes, so the host's
 * copy of public/embed/resize.js can size the iframe to fit (no inner scroll bar).
 */
const MESSAGE = 'wenming:embed-height';

if (window.parent !== window) {
  const report = () => window.parent.postMessage({ type: MESSAGE, height: Math.ceil(document.documentElement.scrollHeight) }, '*');
  new ResizeObserver(report).observe(document.body);
  window.addEventListener('load', report);
}
