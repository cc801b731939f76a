/** Route module for `/cards/:id`: the loader resolves the card and its body before the page renders. */
import { data, isRouteErrorResponse, useLoaderData, useParams, useRouteError, type LoaderFunctionArgs } from 'react-router';
import { cardBody, loadCardDetail } from '../../content/bodies';

import { getCard } from '../../content/cards';
import { ErrorPage } from '../../ui/ErrorPage';
import { CardNotFound } from './CardNotFound';
import { CardPage } from './CardPage';

export async function loader({ params }: LoaderFunctionArgs) {
  const id = params.id ?? '';
  const card = getCard(id);
  if (!card) throw data({ id }, { status: 404, statusText: 'Card not found' });
  // The compiled body travels in the loader data (never serialised: pages prerender and hydrate from the bundle).
  const [Body, detail] = await Promise.all([cardBody(id)?.promise, loadCardDetail(id)]);
  if (!Body || !detail) throw new Error(`The body or details of card "${id}" are missing from the build`);
  return { id, Body, detail };
}

export function Component() {
  const { id, Body, detail } = useLoaderData<typeof loader>();
  // The key resets the page's state when moving from one card to another.
  return <CardPage key={id} card={getCard(id)!} Body={Body} detail={detail} />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { id = '' } = useParams();
  if (isRouteErrorResponse(error) && error.status === 404) return <CardNotFound id={id} />;
  return <ErrorPage />;
}
