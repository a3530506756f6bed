/*
 * For pages of other sites that frame this site's /embed/ pages, included by the snippet next to the
 * iframe. Each embed page posts its height; this script sets the height of the iframe it came from.
 * Only iframes marked data-wenming-embed, and only messages from the origin of their src, count.
 */
(function () {
  if (window.wenmingEmbedResize) return;
  window.wenmingEmbedResize = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'wenming:embed-height' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-wenming-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) continue;
      frame.height = String(Math.min(Math.max(Math.ceil(data.height), 100), 10000));
    }
  });
})();
