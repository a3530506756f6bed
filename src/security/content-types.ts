/**
 * The Content-Type of every kind of file the built site holds. The shipped nginx server block
 * declares these itself: an nginx `types {}` block replaces the whole inherited map (it does not add
 * to it), so a partial map inside a location once served `pagefind.js` as application/octet-stream,
 * which `X-Content-Type-Options: nosniff` then refused to run.
 */
export const CONTENT_TYPES: Readonly<Record<string, readonly string[]>> = {
  'text/html': ['html', 'htm'],
  'text/css': ['css'],
  'application/javascript': ['js', 'mjs'],
  'application/json': ['json'],
  'application/xml': ['xml'],
  'text/plain': ['txt'],
  'text/csv': ['csv'],
  'text/vtt': ['vtt'],
  'application/wasm': ['wasm'],
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
  'image/avif': ['avif'],
  'image/gif': ['gif'],
  'image/svg+xml': ['svg'],
  'image/x-icon': ['ico'],
  'font/woff2': ['woff2'],
  'video/mp4': ['mp4'],
  'video/webm': ['webm'],
  'audio/mpeg': ['mp3'],
  'application/msword': ['doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
};

/** Text types that get `; charset=utf-8`. */
export const UTF8_TYPES = [
  'text/html',
  'text/css',
  'text/plain',
  'text/csv',
  'text/vtt',
  'application/javascript',
  'application/json',
  'application/xml',
  'image/svg+xml',
];
