import { createContext, use, type ComponentProps } from 'react';
import { getCard } from '../../content/cards';
import type { BodyNode } from '../../content/schema';
import { paths } from '../../lib/paths';
import { absoluteUrl } from '../../lib/site-url';
import { BodyText } from '../../ui/BodyText';
import { KindBadge } from '../../ui/KindBadge';
import { QrCode } from '../../ui/QrCode';
import { keyPoints } from './handout-digest';

// Under the card's h2 in a handout, the body's own headings move one level down.
const bodyComponents = {
  h2: (props: ComponentProps<'h3'>) => <h3 {...props} />,
  h3: (props: ComponentProps<'h4'>) => <h4 {...props} />,
};

/** The compiled card bodies, handed over by the route loader: nothing suspends, so prerendered HTML is whole. */
export const Bodies = createContext<Readonly<Record<string, readonly BodyNode[]>>>({});

/** A card on paper: in full (its whole text) or compact (summary and key points), with its address and a QR code. */
export function HandoutCard({ id, n, full }: { id: string; n: number; full: boolean }) {
  const card = getCard(id)!;
  const body = use(Bodies)[id] ?? [];
  const href = paths.card(id);
  const points = full ? [] : keyPoints(body);
  return (
    <section className="handout-item handout-card" aria-labelledby={`h-${n}`}>
      <QrCode value={absoluteUrl(href)} label={`QR code for the card ${card.title}`} />
      <p className="handout-kind"><KindBadge kind={card.kind} /> <span className="muted">Slide {n}</span></p>
      <h2 id={`h-${n}`}>{card.title}</h2>
      <p className="handout-summary">{card.summary}</p>
      {full ? (
        <div className="prose"><BodyText nodes={body} components={bodyComponents} /></div>
      ) : (
        points.length > 0 && (
          <ul className="handout-points">
            {points.map((p) => <li key={p.heading}><strong>{p.heading}.</strong> {p.point}</li>)}
          </ul>
        )
      )}
      <p className="handout-link">Online: {absoluteUrl(href)} · {card.sources.length} source{card.sources.length === 1 ? '' : 's'}</p>
    </section>
  );
}
