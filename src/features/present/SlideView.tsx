import { Link } from 'react-router';
import { getCard } from '../../content/cards';
import type { Slide } from '../../content/deck-schema';
import { fitStep, partLabel, slideText } from '../../content/slide-fit';
import { getSource } from '../../content/sources';
import { paths } from '../../lib/paths';
import { absoluteUrl } from '../../lib/site-url';
import { KindBadge } from '../../ui/KindBadge';
import { Blocks } from './Blocks';
import { compareHref, slideTitle } from './slide-info';

type Heading = 'h1' | 'h2' | 'h3';

/** "Seikkula et al. (2006); Olson (2014)": a text slide's sources, short enough for one line. */
function shortSources(ids: readonly string[]): string {
  return ids
    .map((id) => {
      const s = getSource(id);
      return s ? `${s.authors[0] ?? s.title}${s.authors.length > 1 ? ' et al.' : ''}${s.year ? ` (${s.year})` : ''}` : id;
    })
    .join('; ');
}

/** The class that sizes the slide's text to fit (src/content/slide-fit.ts, present.css). */
function fitClass(slide: Slide, footnote: string) {
  const atMost = slide.kind === 'compare' ? 0 : slide.part?.step;
  return `slide-fit-${fitStep(slideText(slide, getCard, footnote), atMost).step}`;
}

/**
 * One slide's content, as the audience sees it, driven by the slide alone (a shipped deck's or one made in the
 * browser); `Heading` is the level of its title on the page, `live` frames a comparison view rather than naming it.
 */
export function SlideView({ slide, heading: H = 'h1', live = true }: { slide: Slide; heading?: Heading; live?: boolean }) {
  if (slide.kind === 'card') {
    const card = getCard(slide.card)!;
    const href = paths.card(card.id);
    const count = `${card.sources.length} source${card.sources.length === 1 ? '' : 's'}`;
    return (
      <div className={`slide slide-card ${fitClass(slide, `${absoluteUrl(href)} · ${count}`)}`}>
        <p className="slide-eyebrow"><KindBadge kind={card.kind} /></p>
        <H className="slide-title">{card.title}</H>
        {slide.section ? (
          <>
            <p className="slide-subtitle">{partLabel(slide.section, slide.part)}</p>
            <div className="slide-text"><Blocks blocks={slide.blocks} /></div>
          </>
        ) : (
          <p className="slide-lead">{card.summary}</p>
        )}
        <p className="slide-footnote">
          <Link to={href}>{absoluteUrl(href)}</Link> · {count}
        </p>
      </div>
    );
  }
  if (slide.kind === 'text') {
    const sources = shortSources(slide.sources);
    return (
      <div className={`slide slide-text-only ${fitClass(slide, `Sources: ${sources}`)}`}>
        <H className="slide-title">{partLabel(slide.title, slide.part)}</H>
        <div className="slide-text"><Blocks blocks={slide.blocks} /></div>
        {slide.sources.length > 0 && <p className="slide-footnote">Sources: {sources}</p>}
      </div>
    );
  }
  const href = compareHref(slide.query);
  return (
    <div className="slide slide-compare">
      <p className="slide-eyebrow"><span className="kind-badge">Comparison view</span></p>
      <H className="slide-title">{slideTitle(slide)}</H>
      {live ? (
        <iframe className="slide-frame" src={compareHref(slide.query, true)} title={`Comparison view: ${slide.title}`} />
      ) : (
        <div className="slide-placeholder">
          <p>This slide shows a saved view of the comparison explorer.</p>
        </div>
      )}
      {slide.caption && <p className="slide-caption">{slide.caption}</p>}
      <p className="slide-footnote">
        <Link to={href}>Open the view in the comparison explorer</Link>: {absoluteUrl(href)}
      </p>
    </div>
  );
}
