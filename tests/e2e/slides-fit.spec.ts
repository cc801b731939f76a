import { expect, test, type Page } from '@playwright/test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import type { Block, Inline, Slide } from '../../src/content/deck-schema';
import { fitStep, partLabel, splitSlide } from '../../src/content/slide-fit';
import { Blocks } from '../../src/features/present/Blocks';
import { waitForApp } from './watch';

/** Projectors and laptops a trainer meets, 4:3 and 16:9. */
const SIZES = [
  [1024, 768],
  [1280, 720],
  [1280, 800],
  [1920, 1080],
  [3840, 2160],
] as const;

/** What on the slide shown does not fit inside it (scrolled, clipped or out of the window); '' when all fits. */
function slideProblem(): string {
  const slide = document.querySelector<HTMLElement>('.present-stage .slide');
  if (!slide) return 'no slide';
  if (slide.scrollHeight > slide.clientHeight + 1) return `scrolls by ${slide.scrollHeight - slide.clientHeight} px`;
  if (slide.scrollWidth > slide.clientWidth + 1) return `is ${slide.scrollWidth - slide.clientWidth} px too wide`;
  const box = slide.getBoundingClientRect();
  for (const el of slide.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width && (r.bottom > box.bottom + 1 || r.right > box.right + 1)) return `${el.tagName.toLowerCase()} "${el.textContent?.slice(0, 30)}" is cut off`;
  }
  if (document.documentElement.scrollHeight > window.innerHeight + 1) return 'the page scrolls';
  // A comparison slide frames the explorer: nothing in the frame scrolls either (a clicker cannot scroll it).
  const inner = slide.querySelector('iframe')?.contentDocument;
  if (inner) {
    for (const el of [inner.documentElement, ...inner.querySelectorAll<HTMLElement>('body *')]) {
      const style = getComputedStyle(el);
      const scrolls = (overflow: string) => el === inner.documentElement || /auto|scroll/.test(overflow);
      if (el.scrollHeight > el.clientHeight + 1 && scrolls(style.overflowY)) return `its comparison view scrolls (${el.className || el.tagName}: ${el.scrollHeight} > ${el.clientHeight} px)`;
      if (el.scrollWidth > el.clientWidth + 1 && scrolls(style.overflowX)) return `its comparison view scrolls sideways (${el.className || el.tagName})`;
    }
  }
  const text = slide.querySelector('.slide-text p, .slide-text li, .slide-lead');
  const size = text ? parseFloat(getComputedStyle(text).fontSize) : Infinity;
  // The readable floor: body text at least 28 px on a 1280 x 720 screen.
  if (window.innerWidth === 1280 && window.innerHeight === 720 && size < 27.9) return `body text is ${size} px`;
  return '';
}

/** At each size, what does not fit on the slide shown. */
async function overflowsAtEverySize(page: Page, label: string): Promise<string[]> {
  const found: string[] = [];
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    const problem = await page.evaluate(slideProblem);
    if (problem) found.push(`${label} at ${width}x${height}: ${problem}`);
  }
  return found;
}

test('every slide of every deck fits every screen, 1024x768 to 3840x2160, with text no smaller than 28 px at 1280x720', async ({ page }) => {
  test.setTimeout(120_000);
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  const decks = [...sitemap.matchAll(/<loc>[^<]*\/present\/([a-z0-9-]+)<\/loc>/g)].map((m) => m[1]);
  expect(decks.length).toBeGreaterThanOrEqual(3);
  // And a trainer's deck with the builder's own comparison slides: a matrix of every dimension, and Peer roles.
  await page.addInitScript(() => {
    const slides = [{ kind: 'compare', title: 'Matrix: all four', query: '' }, { kind: 'compare', title: 'Peer roles', query: 'view=peers&origin=finland' }];
    localStorage.setItem('od-deck:wide1234', JSON.stringify({ id: 'wide1234', title: 'Every row', summary: '', updated: 1, slides }));
  });
  const starts = [...decks.map((deck) => [deck, `/present/${deck}/1`]), ['a trainer\'s deck', '/present/mine?deck=wide1234&slide=1']];
  const problems: string[] = [];
  let walked = 0;
  for (const [deck, start] of starts) {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(start);
    await waitForApp(page);
    // The measure, defined in the page (a string evaluated by the test, not by the page's own scripts).
    await page.evaluate(`window.slideProblem = ${slideProblem.toString()}`);
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      // In the page, slide after slide as a clicker moves: no reload, so the walk stays fast.
      const found = await page.evaluate(
        async (label) => {
          const problem = (window as unknown as { slideProblem: () => string }).slideProblem;
          const counter = () => document.querySelector('.present-counter')?.textContent ?? '';
          const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const key = (key: string) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
          key('Home');
          const count = Number(/(\d+) \/ (\d+)/.exec(counter())![2]);
          const out: string[] = [];
          for (let n = 1; n <= count; n++) {
            while (/(\d+) \//.exec(counter())?.[1] !== String(n)) await frame();
            await frame();
            // A framed comparison view is measured once its explorer has drawn.
            const framed = () => document.querySelector<HTMLIFrameElement>('.present-stage .slide iframe');
            for (let i = 0; framed() && i < 600 && !framed()!.contentDocument?.querySelector('html[data-ready="true"] :is(.matrix-chart, svg.timeline-chart)'); i++) await frame();
            // It fits itself to the frame in a few steps (useFitToWindow); measured once it has, or after 2 s.
            const scrolls = () => { const d = framed()?.contentDocument?.documentElement; return d ? d.scrollHeight > d.clientHeight + 1 : false; };
            for (let i = 0; framed() && i < 120 && scrolls(); i++) await frame();
            const p = problem();
            if (p) out.push(`${label} slide ${n}: ${p}`);
            key('ArrowRight');
          }
          return { out, count };
        },
        `${deck} at ${width}x${height}`,
      );
      problems.push(...found.out);
      walked += found.count;
    }
  }
  expect(problems).toEqual([]);
  expect(walked).toBeGreaterThan(50 * SIZES.length);
});

// A generated card section far too long for one slide: long paragraphs, a long list, a list item and a paragraph
// each longer than a slide holds.
const words = 'the network meeting brings the person in crisis, their family and the professionals together so everyone can speak'.split(' ');
const sentence = (i: number, n = 18) => `${Array.from({ length: n }, (_, j) => words[(i + j) % words.length]).join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
const text = (from: number, sentences: number): Inline[] => [{ t: 'text', v: Array.from({ length: sentences }, (_, i) => sentence(from + i)).join(' ') }];
const para = (c: Inline[]): Block[] => [{ t: 'p', c }];
const longSection: Block[] = [
  { t: 'p', c: [...text(0, 3), { t: 'strong', c: [{ t: 'text', v: ' Bold words.' }] }, ...text(3, 2)] },
  { t: 'list', ordered: false, items: Array.from({ length: 14 }, (_, i) => para(text(i, 1 + (i % 3)))) },
  { t: 'p', c: text(5, 16) },
  { t: 'h', c: [{ t: 'text', v: 'A heading inside the section' }] },
  { t: 'list', ordered: true, items: [para(text(7, 14)), ...Array.from({ length: 9 }, (_, i) => para(text(i, 2)))] },
  { t: 'quote', c: [{ t: 'p', c: text(2, 3) }] },
];

test('a section far too long for one slide becomes numbered slides that each fit every screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  // A real card section slide, whose text the generated parts replace one after another.
  await page.goto('/present/webinar-four-countries/4');
  const title = (await page.locator('.slide-title').textContent())!;
  const footnote = (await page.locator('.slide-footnote').textContent())!;
  const card = () => ({ title, summary: '' });
  const slide: Slide = { kind: 'card', card: 'open-dialogue', section: 'How it works', blocks: longSection, notes: 'Say this first.' };
  const parts = splitSlide(slide, card);
  expect(parts.length).toBeGreaterThanOrEqual(4);
  expect(parts.map((p) => (p.kind === 'card' ? partLabel(p.section!, p.part) : ''))).toEqual(
    parts.map((_, i) => `How it works (${i + 1}/${parts.length})`),
  );
  const problems: string[] = [];
  for (const part of parts) {
    if (part.kind !== 'card') throw new Error('a card part');
    const html = renderToStaticMarkup(createElement(MemoryRouter, null, createElement(Blocks, { blocks: part.blocks })));
    const step = fitStep({ title, eyebrow: true, subtitle: partLabel(part.section!, part.part), blocks: part.blocks, footnote }, part.part!.step).step;
    await page.evaluate(
      ({ html, label, step }) => {
        const slide = document.querySelector('.present-stage .slide')!;
        slide.className = `slide slide-card slide-fit-${step}`;
        slide.querySelector('.slide-subtitle')!.textContent = label;
        slide.querySelector('.slide-text')!.innerHTML = html;
      },
      { html, label: partLabel(part.section!, part.part), step },
    );
    problems.push(...(await overflowsAtEverySize(page, `part ${part.part!.n}`)));
  }
  expect(problems).toEqual([]);
});
