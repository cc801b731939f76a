import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { routes } from './app/routes';
import './ui/theme.css';

const router = createBrowserRouter(routes);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);

// Offline support (service worker) only in the built app; the dev server always serves fresh code.
if (import.meta.env.PROD) void import('./app/register-sw').then((m) => m.registerServiceWorker());
