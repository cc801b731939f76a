/* global document, window, localStorage, HTMLSelectElement */
/*
 * The reader's theme (light, dark, or the system's), applied before the first paint: a blocking script in <head>,
 * from the site itself, as the Content-Security-Policy allows no inline script (src/prerender/html.ts). It also runs
 * the header's theme switch (src/ui/ThemeSwitch.tsx), so the switch works before the app starts and without it.
 */
(function () {
  var KEY = 'od-kb:theme';
  var root = document.documentElement;
  var chosen = function (value) {
    return value === 'light' || value === 'dark' ? value : 'system';
  };
  var read = function () {
    try {
      return chosen(localStorage.getItem(KEY));
    } catch {
      return 'system'; // storage blocked: the system's setting decides
    }
  };
  var apply = function (choice) {
    if (choice === 'system') delete root.dataset.theme;
    else root.dataset.theme = choice;
    var switches = document.querySelectorAll('select[data-theme-switch]');
    for (var i = 0; i < switches.length; i++) switches[i].value = choice;
  };
  apply(read());
  document.addEventListener('DOMContentLoaded', function () {
    apply(read());
  });
  document.addEventListener('change', function (e) {
    var select = e.target;
    if (!(select instanceof HTMLSelectElement) || !select.hasAttribute('data-theme-switch')) return;
    var choice = chosen(select.value);
    try {
      if (choice === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, choice);
    } catch {
      // not kept (storage blocked), but applied to this page
    }
    apply(choice);
  });
  // Another tab changed it.
  window.addEventListener('storage', function (e) {
    if (e.key === KEY) apply(chosen(e.newValue));
  });
})();
