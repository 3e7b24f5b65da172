// Test-only recorder of what a browser console would show, for engines whose WebDriver has
// no log API (WebKitWebDriver). tests/webdriver/proxy.mjs puts this script first in every
// HTML page it passes on (same origin, so the app's Content-Security-Policy allows it); it
// runs before the app's own scripts and keeps what it sees in sessionStorage, so it survives
// reloads and navigations: script errors, unhandled promise rejections, console.error (a
// wasm panic lands there), elements that failed to load, Content-Security-Policy
// violations, and any resource fetched from another origin.
(() => {
  'use strict';
  const KEY = '__webdriver_problems';
  const here = () => location.pathname + location.hash;
  const push = (text) => {
    try {
      const list = JSON.parse(sessionStorage.getItem(KEY) || '[]');
      list.push(`${text} (on ${here()})`);
      sessionStorage.setItem(KEY, JSON.stringify(list));
    } catch {
      // sessionStorage blocked: nothing to record into.
    }
  };
  const describe = (value) => {
    if (value instanceof Error) return `${value.name}: ${value.message}${value.stack ? `\n${value.stack}` : ''}`;
    try {
      return typeof value === 'string' ? value : JSON.stringify(value);
    } catch {
      return String(value);
    }
  };
  addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target && target !== window && target.tagName) {
        push(`failed to load <${target.tagName.toLowerCase()}> ${target.src || target.href || ''}`);
      } else {
        push(`error: ${event.message} (${event.filename}:${event.lineno})${event.error?.stack ? `\n${event.error.stack}` : ''}`);
      }
    },
    true,
  );
  addEventListener('unhandledrejection', (event) => push(`unhandled rejection: ${describe(event.reason)}`));
  document.addEventListener('securitypolicyviolation', (event) =>
    push(`Content-Security-Policy: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
  );
  const original = console.error;
  console.error = function (...args) {
    push(`console.error: ${args.map(describe).join(' ')}`);
    return original.apply(this, args);
  };
  const checkEntries = (entries) => {
    for (const entry of entries) {
      try {
        const url = new URL(entry.name, location.href);
        if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== location.origin) {
          push(`request to another origin: ${entry.name}`);
        }
      } catch {
        // not a URL
      }
    }
  };
  try {
    new PerformanceObserver((list) => checkEntries(list.getEntries())).observe({ type: 'resource', buffered: true });
  } catch {
    // No PerformanceObserver: the runner also reads performance.getEntriesByType('resource').
  }
  window.__webdriverProbe = true;
})();
