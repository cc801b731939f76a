/** Route module for `/tags/:tag`: the cards with one tag. */
import { useParams } from 'react-router';
import { allTags } from '../../content/cards';
import { paths } from '../../lib/paths';
import { CardsListPage } from './CardsListPage';
import { ListNotFound } from './ListNotFound';

export function Component() {
  const tag = useParams().tag ?? '';
  if (allTags.includes(tag)) return <CardsListPage tag={tag} />;
  const known = allTags.map((t) => ({ key: t, label: `#${t}`, to: paths.tag(t) }));
  return <ListNotFound what="tag" asked={tag} known={known} />;
}
