/**
 * The running footer of a printed handout: the date, the site's address and "page n of m" in the page's margin
 * (CSS @page margin boxes, which Chromium prints). The date is the day it is printed, so the rule is written from
 * the page's script into the site's own stylesheet through the CSSOM, which the Content-Security-Policy allows
 * (no inline style). present.css holds a static fallback with the page numbers alone.
 */
import { useEffect } from 'react';

const quote = (s: string) => `"${s.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;

export function useHandoutFooter(left: string) {
  useEffect(() => {
    const sheet = [...document.styleSheets].find((s) => {
      try {
        return s.href !== null && s.cssRules.length > 0;
      } catch {
        return false;
      }
    });
    if (!sheet) return;
    const date = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    const index = sheet.insertRule(
      `@page { @bottom-left { content: ${quote(`${date} · ${left}`)}; font: 8pt system-ui, sans-serif; color: #333; } }`,
      sheet.cssRules.length,
    );
    const rule = sheet.cssRules[index];
    return () => {
      const at = [...sheet.cssRules].indexOf(rule);
      if (at >= 0) sheet.deleteRule(at);
    };
  }, [left]);
}
