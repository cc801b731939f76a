/** Route module for `/cards/kind/:kind`: the cards of one kind. */
import { useParams } from 'react-router';
import { CARD_KINDS, KIND_LABELS } from '../../content/vocabulary';
import type { CardKind } from '../../content/schema';
import { paths } from '../../lib/paths';
import { CardsListPage } from './CardsListPage';
import { ListNotFound } from './ListNotFound';

const isKind = (v: string): v is CardKind => (CARD_KINDS as readonly string[]).includes(v);

export function Component() {
  const kind = useParams().kind ?? '';
  if (isKind(kind)) return <CardsListPage kind={kind} />;
  const known = CARD_KINDS.map((k) => ({ key: k, label: KIND_LABELS[k].many, to: paths.cardsOfKind(k) }));
  return <ListNotFound what="kind of card" asked={kind} known={known} />;
}
