import { createContext, use, useEffect, type ComponentProps } from 'react';
import { Link, useSearchParams } from 'react-router';
import { getCard } from '../../content/cards';
import type { Deck, Slide } from '../../content/deck-schema';
import type { BodyNode } from '../../content/schema';
import { getSource } from '../../content/sources';
import { paths } from '../../lib/paths';
import { BodyText } from '../../ui/BodyText';
import { Citation } from '../../ui/Citation';
import { KindBadge } from '../../ui/KindBadge';
import { usePageTitle } from '../../ui/usePageTitle';
import { Blocks } from './Blocks';
import { compareHref, deckSources } from './slide-info';
import './present.css';

// Under the card's h2 in a handout, the body's own headings move one level down.
const bodyComponents = {
  h2: (props: ComponentProps<'h3'>) => <h3 {...props} />,
  h3: (props: ComponentProps<'h4'>) => <h4 {...props} />,
};

/** The compiled card bodies, handed over by the route loader: nothing suspends, so prerendered HTML is whole. */
const Bodies = createContext<Readonly<Record<string, readonly BodyNode[]>>>({});

function CardText({ id }: { id: string }) {
  const body = use(Bodies)[id];
  return body ? <BodyText nodes={body} components={bodyComponents} /> : null;
}

function HandoutSection({ slide, n, repeat }: { slide: Slide; n: number; repeat: number | undefined }) {
  if (slide.kind === 'card' && repeat !== undefined) {
    // The whole card is already printed: a repeat (another section of it) only points back.
    return (
      <p className="handout-repeat muted">
        Slide {n}: {getCard(slide.card)!.title}{slide.section ? `, "${slide.section}"` : ''}, printed in full with slide {repeat}.
      </p>
    );
  }
  if (slide.kind === 'card') {
    const card = getCard(slide.card)!;
    return (
      <section className="handout-section" aria-labelledby={`h-${n}`}>
        <p className="handout-kind"><KindBadge kind={card.kind} /> <span className="muted">Slide {n}</span></p>
        <h2 id={`h-${n}`}>{card.title}</h2>
        <p className="lead">{card.summary}</p>
        <div className="prose">
          <CardText id={card.id} />
        </div>
        <p className="handout-link">Online: <Link to={paths.card(card.id)}>{paths.card(card.id)}</Link></p>
      </section>
    );
  }
  if (slide.kind === 'text') {
    return (
      <section className="handout-section" aria-labelledby={`h-${n}`}>
        <p className="handout-kind muted">Slide {n}</p>
        <h2 id={`h-${n}`}>{slide.title}</h2>
        <div className="prose"><Blocks blocks={slide.blocks} /></div>
      </section>
    );
  }
  const href = compareHref(slide.query);
  return (
    <section className="handout-section" aria-labelledby={`h-${n}`}>
      <p className="handout-kind muted">Slide {n} · comparison view</p>
      <h2 id={`h-${n}`}>{slide.title}</h2>
      {slide.caption && <p>{slide.caption}</p>}
      <p className="handout-link">Open the view: <Link to={href}>{href}</Link></p>
    </section>
  );
}

/** A deck as a document to print and take home: every card in full, one per page, sources at the end. */
export function HandoutPage({ deck, bodies }: { deck: Deck; bodies: Readonly<Record<string, readonly BodyNode[]>> }) {
  usePageTitle(`Handout: ${deck.title}`);
  const [search] = useSearchParams();
  const autoPrint = search.get('print') === '1';
  useEffect(() => {
    if (autoPrint) window.print();
  }, [autoPrint]);
  const sources = deckSources(deck);
  // The first slide showing each card, so a card shown twice is printed once.
  const firstSlideOf = new Map<string, number>();
  const repeats = deck.slides.map((s, i) => {
    if (s.kind !== 'card') return undefined;
    const first = firstSlideOf.get(s.card);
    if (first === undefined) firstSlideOf.set(s.card, i + 1);
    return first;
  });
  return (
    <Bodies value={bodies}>
    <article className="handout">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={paths.decks()}>Decks</Link>
      </nav>
      <header>
        <p className="eyebrow">Handout</p>
        <h1>{deck.title}</h1>
        <p className="lead">{deck.summary}</p>
        <p className="handout-actions">
          <button type="button" className="button" onClick={() => window.print()}>Print this handout</button>{' '}
          <Link to={paths.present(deck.id)}>Present the deck</Link>
        </p>
      </header>
      {deck.slides.map((slide, i) => (
        <HandoutSection key={i} slide={slide} n={i + 1} repeat={repeats[i]} />
      ))}
      <section className="handout-section handout-sources" aria-labelledby="handout-sources">
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
