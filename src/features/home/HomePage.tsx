import { Link } from 'react-router';
import careModel from 'virtual:content/card/care-model';
import openDialogue from 'virtual:content/card/open-dialogue';
import peerSupportedOpenDialogue from 'virtual:content/card/peer-supported-open-dialogue';
import cardCount from 'virtual:content/card-count';
import { paths } from '../../lib/paths';
import { CardTile } from '../../ui/CardTile';
import { usePageTitle } from '../../ui/usePageTitle';

/**
 * The three approaches the knowledge base is built around, in reading order. Imported one by one, so the home
 * page does not load the index of every card (a missing card fails the build).
 */
const APPROACHES = [openDialogue, peerSupportedOpenDialogue, careModel];

type EntryPoint = { who: string; what: string; links: { to: string; label: string }[] };

const ENTRY_POINTS: EntryPoint[] = [
  {
    who: 'Practitioners',
    what: 'Study the approach: its principles, practices and the evidence behind them, with every source named.',
    links: [
      { to: paths.cardsOfKind('principle'), label: 'The principles' },
      { to: paths.cardsOfKind('study'), label: 'Studies and evidence' },
      { to: paths.evidence(), label: 'Evidence at a glance' },
    ],
  },
  {
    who: 'Trainers',
    what: 'Find cards to show and hand out in workshops, each with its sources for your audience to check.',
    links: [
      { to: paths.cards(), label: 'All cards' },
      { to: paths.cardsOfKind('practice'), label: 'Practices' },
    ],
  },
  {
    who: 'Webinar attendees',
    what: 'Follow up on “Open Dialogue: experience from 4 countries” (The CARe Network): the speakers, the questions and where to read on.',
    links: [
      { to: paths.webinar(), label: 'The webinar' },
      { to: paths.cardsOfKind('country'), label: 'The four countries' },
    ],
  },
];

export function HomePage() {
  usePageTitle();
  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">Open Dialogue, explained card by card</h1>
        <p className="lead">
          A knowledge base on the Open Dialogue approach to mental health care, Peer-supported Open Dialogue and the
          CARe model: {cardCount} linked concept cards, each naming its sources and saying how sure we can be.
        </p>
      </section>
      <section aria-labelledby="approaches-title">
        <h2 id="approaches-title">Three approaches</h2>
        <ul className="card-grid card-grid-3">
          {APPROACHES.map((card) => (
            <li key={card.id}>
              <CardTile card={card} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="start-title">
        <h2 id="start-title">Where to start</h2>
        <ul className="entry-points">
          {ENTRY_POINTS.map((e) => (
            <li key={e.who} className="entry-point">
              <h3>{e.who}</h3>
              <p>{e.what}</p>
              <ul className="link-list">
                {e.links.map((l) => (
                  <li key={l.to}>
                    <Link to={l.to}>{l.label}</Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
