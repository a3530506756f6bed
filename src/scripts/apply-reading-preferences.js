// Applies the reader's saved choices (长辈模式, text size) to <html> before the first paint.
// It is a classic blocking script in <head>, served as it is (imported with ?url, not bundled):
// a module or deferred script would run after the first paint and the page would flash in the
// normal style. The keys and values must match src/lib/reading-preferences.ts.
(function () {
  var root = document.documentElement;
  // Controls that need JavaScript are shown only when it runs (see .needs-js in global.css).
  root.classList.add('js');
  var stored = function (key) {
    try {
      return window.localStorage.getItem(key);
    } catch (blocked) {
      // Storage can be switched off (private browsing, strict settings): read with the defaults.
      return null;
    }
  };
  if (stored('elder-mode') === 'on') root.classList.add('elder-mode');
  var size = stored('text-size');
  if (size === 'small' || size === 'large') root.setAttribute('data-text-size', size);
})();
