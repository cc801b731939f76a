import { Link } from 'react-router';
import { getCard } from '../../content/cards';
import type { Slide } from '../../content/deck-schema';
import { getSource } from '../../content/sources';
import { paths } from '../../lib/paths';
import { KindBadge } from '../../ui/KindBadge';
import { Blocks } from './Blocks';
import { compareHref } from './slide-info';


type Heading = 'h1' | 'h2' | 'h3';

/** One slide's content, as the audience sees it; `Heading` is the level of its title on the page. */
export function SlideView({ slide, heading: H = 'h1', live = true }: { slide: Slide; heading?: Heading; live?: boolean }) {
  if (slide.kind === 'card') {
    const card = getCard(slide.card)!;
    return (
      <div className="slide slide-card">
        <p className="slide-eyebrow"><KindBadge kind={card.kind} /></p>
        <H className="slide-title">{card.title}</H>
        {slide.section ? (
          <>
            <p className="slide-section-title">{slide.section}</p>
            <div className="slide-text"><Blocks blocks={slide.blocks} /></div>
          </>
        ) : (
          <p className="slide-lead">{card.summary}</p>
        )}
        <p className="slide-footnote">
          Card: <Link to={paths.card(card.id)}>{paths.card(card.id)}</Link> · {card.sources.length} source{card.sources.length === 1 ? '' : 's'}
        </p>
      </div>
    );
  }
  if (slide.kind === 'text') {
    return (
      <div className="slide slide-text-only">
        <H className="slide-title">{slide.title}</H>
        <div className="slide-text"><Blocks blocks={slide.blocks} /></div>
        {slide.sources.length > 0 && (
          <p className="slide-footnote">
            Sources:{' '}
            {slide.sources.map((id, i) => {
              const s = getSource(id);
              return (
                <span key={id}>
                  {i > 0 && '; '}
                  {s ? `${s.authors[0] ?? s.title}${s.authors.length > 1 ? ' et al.' : ''}${s.year ? ` (${s.year})` : ''}` : id}
                </span>
              );
            })}
          </p>
        )}
      </div>
    );
  }
  const href = compareHref(slide.query);
  return (
    <div className="slide slide-compare">
      <p className="slide-eyebrow"><span className="kind-badge">Comparison view</span></p>
      <H className="slide-title">{slide.title}</H>
      {live ? (
        <iframe className="slide-frame" src={compareHref(slide.query, true)} title={`Comparison view: ${slide.title}`} />
      ) : (
        <div className="slide-placeholder">
          <p>This slide shows a saved view of the comparison explorer.</p>
        </div>
      )}
      <p className="slide-url">
        <Link to={href}>Open the view in the comparison explorer</Link> ({href})
      </p>
      {slide.caption && <p className="slide-caption">{slide.caption}</p>}
    </div>
  );
}
