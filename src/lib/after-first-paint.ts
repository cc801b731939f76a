/** How long to wait for a first paint that may never come (a tab opened in the background does not paint). */
const GIVE_UP_MS = 3000;

/**
 * Resolves once the browser has painted content (the `first-contentful-paint` entry), or after GIVE_UP_MS.
 * Browsers without paint timing resolve on the next animation frame.
 */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const supported = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint');
    if (!supported) {
      requestAnimationFrame(() => setTimeout(resolve, 0));
      return;
    }
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) done();
    });
    const timer = setTimeout(done, GIVE_UP_MS);
    observer.observe({ type: 'paint', buffered: true });
  });
}

/** Resolves after the browser's next paint: a frame, then a task (hidden tabs do not paint: 100 ms at most). */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve()), 0));
  });
}
