/** Route module for `/cards/:id`: the loader resolves the card and its body before the page renders. */
import { data, isRouteErrorResponse, useLoaderData, useParams, useRouteError, type LoaderFunctionArgs } from 'react-router';
import { cardFile } from '../../content/bodies';
import { getCard } from '../../content/cards';
import { ErrorPage } from '../../ui/ErrorPage';
import { CardNotFound } from './CardNotFound';
import { CardPage } from './CardPage';

export async function loader({ params }: LoaderFunctionArgs) {
  const id = params.id ?? '';
  const card = getCard(id);
  if (!card) throw data({ id }, { status: 404, statusText: 'Card not found' });
  // The body travels in the loader data (never serialised: pages prerender and hydrate from the card's file).
  const file = await cardFile(id);
  if (!file) throw new Error(`The body or details of card "${id}" are missing from the build`);
  return { id, body: file.body, detail: file.detail };
}

export function Component() {
  const { id, body, detail } = useLoaderData<typeof loader>();
  // The key resets the page's state when moving from one card to another.
  return <CardPage key={id} card={getCard(id)!} body={body} detail={detail} />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { id = '' } = useParams();
  if (isRouteErrorResponse(error) && error.status === 404) return <CardNotFound id={id} />;
  return <ErrorPage />;
}
