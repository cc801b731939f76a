/**
 * Layout route around `/cards/:id`: when the URL names a guided path (`?path=<id>`), the card shows where it is in
 * that path. It lives in the paths feature and is composed with the card page by the route table, so neither
 * feature imports the other. The paths and the trail load only when a path is named: most card visits have none.
 */
import { Outlet, useLoaderData, type LoaderFunctionArgs } from 'react-router';

export async function loader({ request }: LoaderFunctionArgs) {
  if (!new URL(request.url).searchParams.has('path')) return { Frame: undefined };
  const { PathFrame } = await import('./PathFrame');
  return { Frame: PathFrame };
}

export function Component() {
  const { Frame } = useLoaderData<typeof loader>();
  return Frame ? <Frame /> : <Outlet />;
}
