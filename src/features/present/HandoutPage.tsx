import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Deck, Slide } from '../../content/deck-schema';
import type { BodyNode } from '../../content/schema';
import { getSource } from '../../content/sources';
import { paths, type HandoutMode } from '../../lib/paths';
import { absoluteUrl } from '../../lib/site-url';
import { Citation } from '../../ui/Citation';
import { useHandoutFooter } from '../../ui/handout-footer';
import { usePageTitle } from '../../ui/usePageTitle';
import { Blocks } from './Blocks';
import { Bodies, HandoutCard } from './HandoutCard';
import { HandoutCompare } from './HandoutCompare';
import { deckSources } from './slide-info';
import './present.css';

/** What the handout prints for each slide: a card once (its first slide), a text slide's parts together, each view. */
function items(deck: Deck) {
  const seen = new Set<string>();
  const out: { slide: Slide; n: number; blocks?: Slide[] }[] = [];
  deck.slides.forEach((slide, i) => {
    if (slide.kind === 'card') {
      if (seen.has(slide.card)) return;
      seen.add(slide.card);
    }
    const last = out.at(-1);
    // The continuation parts of a long text slide print as one text.
    if (slide.kind === 'text' && slide.part && slide.part.n > 1 && last?.slide.kind === 'text') return void last.blocks?.push(slide);
    out.push({ slide, n: i + 1, blocks: slide.kind === 'text' ? [slide] : undefined });
  });
  return out;
}

/**
 * A deck as a document to print and take home. Full: every card's whole text; compact: each card's summary and key
 * points, several to a page. Pages flow (no card starts a page of its own, so none is left nearly blank); each card
 * carries its address with the site's host and a QR code; a comparison prints as its table; sources at the end.
 */
export function HandoutPage({ deck, bodies, mode }: { deck: Deck; bodies: Readonly<Record<string, readonly BodyNode[]>>; mode: HandoutMode }) {
  const full = mode === 'full';
  usePageTitle(`Handout${full ? '' : ' (compact)'}: ${deck.title}`);
  useHandoutFooter(absoluteUrl(paths.handout(deck.id, mode)));
  const [search] = useSearchParams();
  const autoPrint = search.get('print') === '1';
  useEffect(() => {
    if (autoPrint) window.print();
  }, [autoPrint]);
  const sources = deckSources(deck);
  return (
    <Bodies value={bodies}>
      <article className={`handout handout-${mode}`}>
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link to={paths.decks()}>Decks</Link>
        </nav>
        <header className="handout-head">
          <p className="eyebrow">Handout{full ? '' : ', compact'}</p>
          <h1>{deck.title}</h1>
          <p className="lead">{deck.summary}</p>
          <p className="handout-link">Online: {absoluteUrl(paths.present(deck.id))} (the slides) · {absoluteUrl(paths.handout(deck.id, mode))} (this handout)</p>
          <p className="handout-actions">
            <button type="button" className="button" onClick={() => window.print()}>Print this handout</button>{' '}
            {full ? (
              <Link to={paths.handout(deck.id, 'compact')}>Compact handout (summaries and key points, several cards a page)</Link>
            ) : (
              <Link to={paths.handout(deck.id)}>Full handout (every card in full)</Link>
            )}{' '}
            · <Link to={paths.present(deck.id)}>Present the deck</Link>
          </p>
        </header>
        <div className="handout-items">
          {items(deck).map(({ slide, n, blocks }) => {
            if (slide.kind === 'card') return <HandoutCard key={n} id={slide.card} n={n} full={full} />;
            if (slide.kind === 'compare') return <HandoutCompare key={n} slide={slide} n={n} full={full} />;
            return (
              <section key={n} className="handout-item handout-text" aria-labelledby={`h-${n}`}>
                <p className="handout-kind muted">Slide {n}</p>
                <h2 id={`h-${n}`}>{slide.title}</h2>
                <div className="prose">{blocks?.map((s, j) => s.kind === 'text' && <Blocks key={j} blocks={s.blocks} />)}</div>
              </section>
            );
          })}
        </div>
        <section className="handout-sources" aria-labelledby="handout-sources">
          <h2 id="handout-sources">Sources</h2>
          <ol className="sources">
            {sources.map((id) => {
              const s = getSource(id);
              return <li key={id}>{s ? <Citation source={s} /> : id}</li>;
            })}
          </ol>
        </section>
      </article>
    </Bodies>
  );
}
