import { createContext, useContext } from 'react';
import type { CardDetail } from '../../content/schema';

const EMPTY: CardDetail = { backlinks: [], excerpts: {}, sources: [] };

/** The details of the card being read, provided by the card page (the route loader fetched them). */
export const CardDetailContext = createContext<CardDetail>(EMPTY);

/** Empty outside a card page, e.g. for a body shown in a handout: previews then show no excerpt. */
export const useCardDetail = () => useContext(CardDetailContext);
