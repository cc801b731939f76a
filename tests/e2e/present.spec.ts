import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { underServiceWorker, waitForApp } from './watch';

const slideHeading = (page: Page) => page.getByRole('heading', { level: 1 });

// Several windows, a service worker and axe on long pages: slow on a shared two-core machine.
test.describe.configure({ timeout: 120_000 });

test('a trainer presents a deck by keyboard, and a reload lands on the same slide', async ({ page }) => {
  await page.goto('/decks');
  await page.getByRole('link', { name: 'Present' }).first().waitFor();
  await page.locator('li', { hasText: 'The seven principles of Open Dialogue' }).getByRole('link', { name: 'Present' }).click();
  await expect(page).toHaveURL(/\/present\/seven-principles\/1$/);
  await expect(slideHeading(page)).toHaveText('The seven principles of Open Dialogue');
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/\/present\/seven-principles\/3$/);
  await expect(slideHeading(page)).toHaveText('Immediate help');
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(/\/4$/);
  await expect(page.getByText('4 / 18')).toBeVisible();
  await page.reload();
  await expect(slideHeading(page)).toHaveText('Social network perspective');
  await page.keyboard.press('o');
  const overview = page.getByRole('navigation', { name: 'All slides' });
  await expect(overview.getByRole('link', { name: /Social network perspective/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(overview).toHaveCount(0);
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/\/18$/);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
});

test('the speaker view opens in a second window and stays in step with the audience', async ({ page }) => {
  await page.goto('/present/seven-principles/3');
  await expect(slideHeading(page)).toHaveText('Immediate help');
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await expect(speaker).toHaveURL(/\/present\/seven-principles\/3\?view=speaker$/);
  await expect(speaker.getByText('Slide 3 of 18')).toBeVisible();
  await expect(speaker.getByRole('region', { name: 'Notes' })).toContainText('24 hours');
  await expect(speaker.getByRole('region', { name: 'Next' })).toContainText('Social network perspective');
  // The audience window moves: the speaker view follows.
  await page.keyboard.press('ArrowRight');
  await expect(speaker.getByText('Slide 4 of 18')).toBeVisible();
  await expect(speaker).toHaveURL(/\/4\?view=speaker$/);
  // The presenter's clicker is connected to the speaker's window: the audience follows.
  await speaker.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/present\/seven-principles\/5$/);
  await expect(slideHeading(page)).toHaveText('Flexibility and mobility');
  await expect(speaker.getByRole('timer')).toHaveText(/^\d+:\d\d$/);
});

test('an audience window nobody has touched follows the speaker view, which it does not pull back', async ({ page, context }) => {
  await page.goto('/present/seven-principles');
  await expect(slideHeading(page)).toHaveText('The seven principles of Open Dialogue');
  // The prerendered slide runs no app until someone uses the page, or the speaker view moves.
  expect(await page.evaluate(() => document.documentElement.dataset.ready)).toBeUndefined();
  const speaker = await context.newPage();
  await speaker.goto('/present/seven-principles/1?view=speaker');
  const counter = speaker.locator('.speaker-counter');
  await expect(counter).toHaveText('Slide 1 of 18');
  // Every slide number the speaker view shows from here on.
  await counter.evaluate((el) => {
    const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
    const record = () => el.textContent !== seen.at(-1) && seen.push(el.textContent ?? '');
    new MutationObserver(record).observe(el, { childList: true, subtree: true, characterData: true });
  });
  await speaker.keyboard.press('ArrowRight');
  await speaker.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('Slide 3 of 18');
  await expect(page).toHaveURL(/\/present\/seven-principles\/3$/);
  await expect(slideHeading(page)).toHaveText('Immediate help');
  // The speaker view went forward only: the audience window starting did not send it back, even for a moment.
  expect(await speaker.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['Slide 2 of 18', 'Slide 3 of 18']);
  // Started by the speaker view, the audience window now answers the presenter's keys as well.
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('Slide 4 of 18');
});

test('printing a card or a handout gives a clean document without navigation', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/cards/open-dialogue');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open Dialogue');
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible();
  const colour = await page.locator('.card-body a').first().evaluate((a) => getComputedStyle(a).color);
  expect(colour).toBe('rgb(0, 0, 0)');

  await page.goto('/decks/seven-principles/handout');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The seven principles of Open Dialogue');
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this handout' })).toBeHidden();
  // Cards flow from page to page: none starts a page of its own (that left pages nearly blank).
  const breaks = await page.locator('.handout-item').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
  expect(new Set(breaks)).toEqual(new Set(['auto']));
  await expect(page.locator('.handout > section').last()).toHaveAccessibleName('Sources');
  // On paper a link cannot be followed: the sources print their address as text.
  await expect(page.locator('.handout-sources .citation-link').first()).toHaveText(/^(doi:10\.|https?:\/\/)/);
});

test('after one visit, decks, slides and cards work with the network off', async ({ page, context }) => {
  await page.goto('/');
  await underServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/decks');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Decks');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Decks');
  await page.locator('li', { hasText: 'Peer workers in Open Dialogue' }).getByRole('link', { name: 'Present' }).click();
  await expect(slideHeading(page)).toHaveText('Peer workers in Open Dialogue and the CARe model');
  await page.keyboard.press('End');
  await expect(slideHeading(page)).toHaveText('For discussion');
  await page.goto('/cards/dialogism');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dialogism');
  await expect(page.locator('.card-body')).toContainText('dialogue');
  await page.getByRole('link', { name: 'Cards', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.setOffline(false);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`deck list, a slide in either slide theme and the speaker view pass axe-core (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/decks');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Decks');
    await expectNoAxeViolations(page);
    await page.goto('/present/peer-workers-care/6');
    await expect(slideHeading(page)).toHaveText('United Kingdom');
    await expectNoAxeViolations(page);
    // The slide theme switched against the system's (key t): as legible the other way round.
    await waitForApp(page);
    await page.keyboard.press('t');
    await expect.poll(() => page.locator('.present').evaluate((el) => getComputedStyle(el).colorScheme)).toBe(scheme === 'light' ? 'dark' : 'light');
    await expectNoAxeViolations(page);
    await page.keyboard.press('q');
    await page.keyboard.press('o');
    await expectNoAxeViolations(page);
    await page.goto('/present/webinar-four-countries/14?view=speaker');
    await expect(page.getByText('Slide 14 of 27')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
