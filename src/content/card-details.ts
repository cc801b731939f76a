/** A card page's backlinks, neighbours' excerpts and sources, loaded per card, so a card's first load carries only its own. */
import details from 'virtual:content/card-details';
import type { CardDetail } from './schema';

export function loadCardDetail(id: string): Promise<CardDetail> | undefined {
  return Object.hasOwn(details, id) ? details[id]().then((m) => m.default) : undefined;
}
