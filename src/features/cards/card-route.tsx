/** Route module for `/cards/:id`: the loader resolves the card and its body before the page renders. */
import { data, isRouteErrorResponse, useLoaderData, useParams, useRouteError, type LoaderFunctionArgs } from 'react-router';
import { cardBody } from '../../content/bodies';
import { getCard } from '../../content/cards';
import { ErrorPage } from '../../ui/ErrorPage';
import { CardNotFound } from './CardNotFound';
import { CardPage } from './CardPage';

export async function loader({ params }: LoaderFunctionArgs) {
  const id = params.id ?? '';
  const card = getCard(id);
  if (!card) throw data({ id }, { status: 404, statusText: 'Card not found' });
  // The compiled body travels in the loader data (never serialised: pages prerender and hydrate from the bundle).
  const Body = await cardBody(id)?.promise;
  if (!Body) throw new Error(`The body of card "${id}" is missing from the build`);
  return { id, Body };
}

export function Component() {
  const { id, Body } = useLoaderData<typeof loader>();
  // The key resets the page's state when moving from one card to another.
  return <CardPage key={id} card={getCard(id)!} Body={Body} />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { id = '' } = useParams();
  if (isRouteErrorResponse(error) && error.status === 404) return <CardNotFound id={id} />;
  return <ErrorPage />;
}
