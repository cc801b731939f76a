import { redirect, type LoaderFunctionArgs } from 'react-router';
import { paths, presentedId } from '../../../lib/paths';

/**
 * The addresses of a trainer's deck in an earlier version, kept in bookmarks (`/present/mine/<id>/<n>`,
 * `/decks/mine/<id>`, `/decks/mine/<id>/handout/<mode>`), sent on to today's (lib/paths.ts). A lazy route of its
 * own, so no other page's first load carries it.
 */
export function loader({ params, request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const deck = presentedId(params.id ?? '');
  if (url.pathname.includes('/present/mine/')) {
    return redirect(paths.present(deck, Number(params.slide) || 1, url.searchParams.get('view') === 'speaker' ? 'speaker' : undefined));
  }
  if (url.pathname.includes('/handout')) return redirect(paths.handout(deck, params.mode === 'compact' ? 'compact' : 'full'));
  return redirect(paths.myDeck(params.id ?? ''));
}
