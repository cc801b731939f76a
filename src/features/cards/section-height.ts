/**
 * How much room a card section below the text reserves before it is drawn. Those sections are laid out only as they
 * near the screen (`content-visibility: auto` on `.card-section`, theme.css), which keeps a long card's first
 * rendering short on a phone; until then the browser gives each the height in its `data-height-estimate` (rem).
 *
 * The estimate is an upper bound for the narrowest screen we lay out for (320 CSS px, or 1280 px at 400 % zoom),
 * so it is never short: a section whose content overflowed a smaller placeholder would, for anything that measures
 * the page before it is drawn (an accessibility checker, a screen reader's hit boxes), lie over the next one. Too tall
 * costs nothing visible: a section is drawn, at its true height, before it scrolls into view.
 * tests/e2e/card-sections.spec.ts holds every card's estimates to that.
 */

/** Characters on a line of 1rem text in the narrowest column (about 36 fit; wrapping at words wastes some). */
const CHARS_PER_LINE = 28;
/** The body's line height. */
const LINE_REM = 1.6;
/** The section's border and padding, and its h2 with margins. */
const SECTION_REM = 5;

/** The height of `text` set at `fontRem`, in rem. */
export const textRem = (text: string, fontRem = 1) =>
  Math.max(1, Math.ceil((text.length * fontRem) / CHARS_PER_LINE)) * LINE_REM * fontRem;

/** The value for `data-height-estimate`: the section's own frame plus its content, in whole rem. */
export const sectionHeightEstimate = (contentRem: number) => Math.ceil(SECTION_REM + contentRem);
