import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// The machine is shared by several builds: allow slow pages rather than fail on load.
test.describe.configure({ timeout: 90_000 });

test('the webinar page lists the host, the four speakers and the five questions', async ({ page }) => {
  await page.goto('/webinar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open Dialogue: experience from 4 countries');
  const people = page.getByRole('list', { name: 'Host and speakers' }).getByRole('listitem');
  await expect(people).toHaveCount(5);
  await expect(people.getByRole('heading')).toHaveText([
    'Jean Pierre Wilken',
    'Russell Razzaque',
    'Ondrej Žiak',
    'Dienke Boertien',
    'Dagmar Narusson',
  ]);
  await expect(people.nth(0)).toContainText('Host');
  for (const [i, country] of ['United Kingdom', 'Czech Republic', 'Netherlands', 'Estonia'].entries()) {
    await expect(people.nth(i + 1)).toContainText(`Speaker for ${country}`);
  }
  await expect(page.getByRole('list', { name: "The webinar's questions" }).getByRole('listitem')).toHaveCount(5);
});

test('the header and the home page lead to the webinar page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'The webinar' }).click();
  await expect(page).toHaveURL(/\/webinar$/);
  await page.goto('/cards');
  await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Webinar' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open Dialogue: experience from 4 countries');
});

test('each question opens its guided path', async ({ page }) => {
  await page.goto('/webinar');
  const questions = page.getByRole('list', { name: "The webinar's questions" }).getByRole('listitem');
  await expect(questions).toHaveCount(5);
  const count = await questions.count();
  for (let i = 0; i < count; i++) {
    const question = questions.nth(i);
    const title = (await question.getByRole('heading').textContent())!;
    await question.getByRole('link', { name: /^Guided path:/ }).click();
    await expect(page).toHaveURL(/\/paths\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The path names the question it follows up, and starts with it.
    await expect(page.getByText('Follows up the webinar question')).toContainText(title);
    await expect(page.getByRole('region', { name: 'Steps' }).getByRole('listitem').first()).toContainText(title);
    await page.goBack();
    await expect(page).toHaveURL(/\/webinar$/);
  }
});

test('a guided path can be walked to the end with next links, and the path page shows the progress', async ({ page }) => {
  await page.goto('/paths/combining-models');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const total = await page.getByRole('region', { name: 'Steps' }).getByRole('listitem').count();
  await expect(page.getByText(`Read 0 of ${total} steps`)).toBeVisible();
  await page.getByRole('link', { name: /^Start with step 1/ }).click();
  for (let step = 1; step < total; step++) {
    const trail = page.getByRole('navigation', { name: 'Guided path', exact: true });
    await expect(trail).toContainText(`Step ${step} of ${total}`);
    await trail.getByRole('link', { name: /^Next:/ }).click();
  }
  const last = page.getByRole('navigation', { name: 'Next in the guided path' });
  await expect(last).toContainText('This is the last step');
  await last.getByRole('link', { name: /Finish the path/ }).click();
  await expect(page).toHaveURL(/\/paths\/combining-models$/);
  await expect(page.getByText(`Read ${total} of ${total} steps`)).toBeVisible();
  await expect(page.getByText('You have read every step of this path.')).toBeVisible();
  // The progress survives a reload, and can be cleared.
  await page.reload();
  await expect(page.getByText(`Read ${total} of ${total} steps`)).toBeVisible();
  await page.getByRole('button', { name: 'Clear my progress' }).click();
  await expect(page.getByText(`Read 0 of ${total} steps`)).toBeVisible();
});

test('the glossary links each term to its card and shows sourced translations', async ({ page }) => {
  await page.goto('/glossary');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
  const entry = page.getByRole('region', { name: 'Open Dialogue', exact: true });
  await expect(entry.locator('[lang="et"]')).toHaveText('Avatud Dialoog');
  await entry.getByRole('link', { name: /^Source \d+:/ }).first().click();
  await expect(page).toHaveURL(/#glossary-source-/);
  await page.goto('/glossary');
  await page.getByRole('region', { name: 'Network meeting' }).getByRole('link', { name: 'Network meeting', exact: true }).click();
  await expect(page).toHaveURL(/\/cards\/network-meeting$/);
});

test('a bad path link shows a 404 with a way on, and a bad ?path= a notice', async ({ page }) => {
  await page.goto('/paths/combining-model');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guided path not found');
  await page.getByRole('link', { name: 'Combining Open Dialogue with other models' }).click();
  await expect(page).toHaveURL(/\/paths\/combining-models$/);
  await page.goto('/cards/care-model?path=nope');
  await expect(page.getByRole('status')).toContainText('There is no guided path');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The CARe model');
});

test('the webinar, path and glossary pages fit a 320 px wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of ['/webinar', '/paths', '/paths/implementing-open-dialogue', '/cards/network-meeting?path=open-dialogue-in-20-minutes', '/glossary']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe-core, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const [name, url] of [
      ['webinar', '/webinar'],
      ['paths list', '/paths'],
      ['path page', '/paths/open-dialogue-in-20-minutes'],
      ['card in a path', '/cards/network-meeting?path=open-dialogue-in-20-minutes'],
      ['glossary', '/glossary'],
      ['path 404', '/paths/nope'],
    ]) {
      test(`${name} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }
  });
}
