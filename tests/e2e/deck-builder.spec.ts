import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { encodeDeck } from '../../src/lib/deck-share';
import { underServiceWorker, waitForApp } from './watch';

// Two browser contexts, a popup, a service worker: slow on a shared two-core machine.
test.describe.configure({ timeout: 120_000 });

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test('a trainer gathers a deck while reading, presents it with the speaker view, and shares it to a fresh browser that presents it offline', async ({ page, browser }) => {
  // From a card page: one section of the card, into a new deck.
  await page.goto('/cards/open-dialogue');
  await waitForApp(page);
  await page.getByRole('button', { name: 'Add to a deck' }).click();
  const panel = page.getByRole('group', { name: 'Add to a deck' });
  await panel.getByLabel('What').selectOption({ label: 'The section “How it works”' });
  await expect(panel.getByLabel('Deck')).toHaveValue('');
  await panel.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to' })).toHaveText('Added to “Untitled deck” as slide 1. Open the deck');

  // From the comparison explorer: the view on screen, into the same deck.
  await page.goto('/compare?view=peers&countries=united-kingdom,estonia');
  await waitForApp(page);
  await page.getByRole('button', { name: 'Add to a deck' }).click();
  await page.getByRole('group', { name: 'Add to a deck' }).getByRole('button', { name: 'Add' }).click();
  await page.getByRole('link', { name: 'Open the deck' }).click();
  await expect(h1(page)).toHaveText('Untitled deck');

  // In the builder: a title, a free-text slide with notes, moved to the front by keyboard.
  await page.getByLabel('Title', { exact: true }).first().fill('Peer work in two countries');
  const text = page.getByRole('form', { name: 'Free text' });
  await text.getByLabel('Title', { exact: true }).fill('Welcome');
  await text.getByLabel(/^Text/).fill('- Who is here?\n- What do you hope for?');
  await text.getByRole('button', { name: 'Add the text slide' }).click();
  await page.getByLabel(/^Speaker notes/).nth(2).fill('Ask everyone to say one word.');
  await page.getByRole('button', { name: 'Move up: Welcome' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move down: Welcome' })).toBeFocused();
  await expect(page.getByText('“Welcome” moved to position 1 of 3.')).toBeVisible();
  await expect(page.locator('.builder-slide-title')).toHaveText(['Welcome', 'Open Dialogue: How it works', 'Peer roles: United Kingdom, Estonia']);

  // Present: the present feature's own slides and speaker view.
  await page.getByRole('link', { name: 'Present', exact: true }).click();
  await expect(page).toHaveURL(/\/present\/mine\?deck=[a-z0-9]{8}&slide=1$/);
  await expect(h1(page)).toHaveText('Welcome');
  await page.keyboard.press('ArrowRight');
  await expect(h1(page)).toHaveText('Open Dialogue');
  await expect(page.getByText('How it works')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await expect(speaker.getByText(/^Slide 1 of \d+$/)).toBeVisible();
  await expect(speaker.getByRole('region', { name: 'Notes' })).toContainText('Ask everyone to say one word.');
  await speaker.keyboard.press('ArrowRight');
  await expect(h1(page)).toHaveText('Open Dialogue');
  await speaker.close();

  // Share: the link alone opens the same deck in a browser that has never seen it, then offline.
  await page.goBack();
  await expect(h1(page)).toHaveText('Peer work in two countries');
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByLabel(/^Share link/).inputValue();
  expect(link).toMatch(/\/decks\/shared#1\./);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(h1(other)).toHaveText('Peer work in two countries');
  await expect(other.locator('.builder-slide-title')).toHaveText(['Welcome', 'Open Dialogue: How it works', 'Peer roles: United Kingdom, Estonia']);
  await underServiceWorker(other);
  await other.getByRole('link', { name: 'Present', exact: true }).click();
  await expect(h1(other)).toHaveText('Welcome');
  await fresh.setOffline(true);
  await other.reload();
  await expect(h1(other)).toHaveText('Welcome');
  await other.keyboard.press('End');
  await expect(h1(other)).toHaveText('Peer roles: United Kingdom, Estonia');
  await other.goto('/decks/mine');
  await expect(other.getByRole('link', { name: 'Peer work in two countries', exact: true })).toBeVisible();
  await fresh.close();
});

test("a trainer's deck pages are real pages on a static host, and the addresses of an earlier version lead to them", async ({ page, request }) => {
  // What a static host serves before any script runs (no service worker yet: a first visit, or one refused).
  for (const address of ['/present/mine?deck=abcd1234&slide=2', '/present/mine?deck=abcd1234&slide=1&view=speaker', '/decks/mine/edit?deck=abcd1234', '/decks/mine/handout?deck=abcd1234&mode=compact']) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(200);
    expect(await response.text(), address).not.toContain('data-prerendered="/404"');
  }
  // A deck made in this browser, then opened by an old bookmark: it lands on today's address of the same slide.
  await page.goto('/decks/new');
  await waitForApp(page);
  await page.getByRole('button', { name: 'Start the deck' }).click();
  await expect(page).toHaveURL(/\/decks\/mine\/edit\?deck=[a-z0-9]{8}$/);
  const id = new URL(page.url()).searchParams.get('deck')!;
  const text = page.getByRole('form', { name: 'Free text' });
  for (const title of ['One', 'Two']) {
    await text.getByLabel('Title', { exact: true }).fill(title);
    await text.getByRole('button', { name: 'Add the text slide' }).click();
  }
  await expect(page.locator('.builder-slide')).toHaveCount(2);
  await page.goto(`/present/mine/${id}/2`);
  await expect(h1(page)).toHaveText('Two');
  await expect(page).toHaveURL(new RegExp(`/present/mine\\?deck=${id}&slide=2$`));
  // Without JavaScript the page says where the deck is, rather than "no page here".
  const noScript = await page.context().browser()!.newContext({ javaScriptEnabled: false });
  const bare = await noScript.newPage();
  await bare.goto(`/present/mine?deck=${id}&slide=1`);
  await expect(bare.getByRole('heading', { level: 1 })).toHaveText('Your deck');
  await expect(bare.getByText(/kept in the browser that made them/)).toBeVisible();
  await noScript.close();
});

test('on a phone, a finger drags a slide by its handle to another place, scrolling the list as it goes', async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await phone.newPage();
  const titles = ['One', 'Two', 'Three', 'Four', 'Five', 'Six'];
  await page.addInitScript((slides) => {
    if (!localStorage.getItem('od-deck:touch123')) {
      localStorage.setItem('od-deck:touch123', JSON.stringify({ id: 'touch123', title: 'On the train', summary: '', updated: 1, slides: slides.map((title) => ({ kind: 'text', title, sources: [] })) }));
    }
  }, titles);
  await page.goto('/decks/mine/edit?deck=touch123');
  await waitForApp(page);
  const order = () => page.locator('.builder-slide-title').allTextContents();
  await expect.poll(order).toEqual(titles);
  // A finger (Chromium's touch events, which become pointer events of type "touch") on slide 5's handle.
  const handle = page.locator('.builder-slide').nth(4).locator('.builder-handle');
  await handle.scrollIntoViewIfNeeded();
  const box = (await handle.boundingBox())!;
  expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
  const cdp = await phone.newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  const x = box.x + box.width / 2;
  await touch('touchStart', x, box.y + box.height / 2);
  // Up to the window's top edge, where the list scrolls up to the top, then onto slide 1.
  await touch('touchMove', x, 40);
  await touch('touchMove', x, 20);
  // A finger held still sends no events: the page goes on scrolling by itself.
  await expect.poll(() => page.evaluate(() => scrollY), { timeout: 20_000 }).toBe(0);
  const first = page.locator('.builder-slide').first();
  const head = (await first.locator('.builder-slide-head').boundingBox())!;
  await touch('touchMove', x, head.y + head.height / 2);
  await expect(first).toHaveClass(/is-drop-target/);
  await touch('touchEnd', x, 0);
  await expect.poll(order).toEqual(['Five', 'One', 'Two', 'Three', 'Four', 'Six']);
  await expect(page.getByText('“Five” moved to position 1 of 6.')).toBeAttached();
  await phone.close();
});

test('a damaged share link opens what it can, naming what was lost', async ({ page }) => {
  // Three card slides: the second part of the link damaged (its checksum no longer matches), the third a card the
  // knowledge base does not have.
  const parts = encodeDeck({ id: 'abcd1234', title: 'A deck from a colleague', summary: '', slides: ['open-dialogue', 'dialogism', 'gone-card'].map((card) => ({ kind: 'card', card })) }).split('.');
  parts[3] = parts[3].replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
  await page.goto(`/decks/shared#${parts.join('.')}`);
  await expect(h1(page)).toHaveText('A deck from a colleague');
  const notice = page.locator('.builder-dropped');
  await expect(notice).toContainText('Slide 2: that part of the link is damaged');
  await expect(notice).toContainText('Slide 3: the card "gone-card", which is not in the knowledge base');
  await expect(page.locator('.builder-slide-title')).toHaveText(['Open Dialogue']);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the builder pages pass axe-core (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/decks/new');
    await waitForApp(page);
    await page.getByRole('button', { name: 'Start the deck' }).click();
    await expect(page).toHaveURL(/\/decks\/mine\/edit\?deck=[a-z0-9]{8}$/);
    const text = page.getByRole('form', { name: 'Free text' });
    await text.getByLabel('Title', { exact: true }).fill('Welcome');
    await text.getByRole('button', { name: 'Add the text slide' }).click();
    await page.getByRole('form', { name: 'A card' }).getByLabel('Card', { exact: true }).selectOption('dialogism');
    await page.getByRole('button', { name: 'Add the card' }).click();
    await page.getByRole('button', { name: 'Share link' }).click();
    await expect(page.locator('.builder-slide')).toHaveCount(2);
    await expectNoAxeViolations(page);
    await page.goto('/decks/mine');
    await expect(page.getByRole('link', { name: 'Untitled deck' }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
