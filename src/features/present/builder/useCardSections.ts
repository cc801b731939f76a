import { useEffect, useState } from 'react';
import { cardFile } from '../../../content/bodies';
import { bodySections } from '../../../lib/card-sections';

/** The `##` sections of a card, once its body has loaded (cached, and precached for offline use). */
export function useCardSections(card: string | undefined): string[] | undefined {
  const [sections, setSections] = useState<{ card: string; list: string[] }>();
  useEffect(() => {
    if (!card) return;
    let live = true;
    void cardFile(card)?.then((f) => live && setSections({ card, list: bodySections(f.body) }));
    return () => {
      live = false;
    };
  }, [card]);
  return card && sections?.card === card ? sections.list : undefined;
}
