import { expect, test, type Page } from '@playwright/test';

/**
 * A card's sections below its text are drawn only as they near the screen, each reserving the height its component
 * estimates (src/features/cards/section-height.ts). The estimate must never be short, at the narrowest width we lay
 * out for or a wide one: content overflowing a short placeholder would, until drawn, lie over the next section for
 * anything that measures the page (an accessibility checker, a screen reader's hit boxes).
 */

/** Each section of the card page: its heading id, true height and estimate, in rem. */
const sectionHeights = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.card-section')].map((section) => {
      const reserved = Number(section.dataset.heightEstimate);
      section.style.contentVisibility = 'visible';
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      return { id: section.getAttribute('aria-labelledby'), height: section.getBoundingClientRect().height / rem, reserved };
    }),
  );

// As on a first visit: the prerendered page, not the app shell a service worker would answer with.
test.use({ serviceWorkers: 'block' });

for (const width of [320, 1280]) {
  test(`every card's sections reserve at least their height before they are drawn (${width} px wide)`, async ({ page, request }) => {
    test.slow();
    const sitemap = await (await request.get('/sitemap.xml')).text();
    const cards = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).filter((p) => /^\/cards\/[^/]+$/.test(p));
    expect(cards.length).toBeGreaterThan(40);
    await page.setViewportSize({ width, height: 700 });
    const short: string[] = [];
    for (const card of cards) {
      await page.goto(card);
      const sections = await sectionHeights(page);
      // Every card has backlinks and sources at least, each with an estimate.
      expect(sections.length, card).toBeGreaterThanOrEqual(2);
      for (const { id, height, reserved } of sections) {
        expect(reserved, `${card} ${id}`).toBeGreaterThan(0);
        if (height > reserved) short.push(`${card} ${id}: ${height.toFixed(1)} rem tall, ${reserved} reserved`);
      }
    }
    expect(short).toEqual([]);
  });
}

test('on a long card, links in sections not yet drawn lie inside their own section, and the sections draw as the reader scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/cards/open-dialogue');
  const overlaps = () =>
    page.evaluate(() => {
      const bad: string[] = [];
      for (const section of document.querySelectorAll('.card-section')) {
        const box = section.getBoundingClientRect();
        for (const target of section.querySelectorAll('a, button')) {
          // Links inside a closed disclosure are hidden from everyone; those merely not drawn yet are checked.
          if (!target.checkVisibility()) continue;
          const r = target.getBoundingClientRect();
          if (r.height > 0 && (r.top < box.top || r.bottom > box.bottom)) bad.push(`${section.getAttribute('aria-labelledby')}: ${target.textContent}`);
        }
      }
      return bad;
    });
  // Nothing below the text is drawn at first: the placeholders are the estimates.
  const backlinks = page.getByRole('region', { name: 'Linked from' });
  const reserved = Number(await backlinks.getAttribute('data-height-estimate'));
  const remPx = 16;
  // The estimate, plus the border above and the padding below.
  expect((await backlinks.boundingBox())!.height).toBeCloseTo(reserved * remPx + 7, 0);
  expect(await overlaps()).toEqual([]);

  // Scrolled to, a section is drawn at its true height, with its links where the reader sees them.
  await backlinks.getByRole('link').last().scrollIntoViewIfNeeded();
  await expect.poll(async () => (await backlinks.boundingBox())!.height).toBeLessThan(reserved * remPx);
  await expect(backlinks.getByRole('link').last()).toBeInViewport();
  await page.keyboard.press('End');
  await expect(page.getByRole('contentinfo')).toBeInViewport();
  expect(await overlaps()).toEqual([]);
});
