import { useRef } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { SearchLauncher } from '../features/search/SearchLauncher';
import { SiteFooter } from '../ui/SiteFooter';
import { SiteHeader } from '../ui/SiteHeader';
import { UpdatePrompt } from '../ui/UpdatePrompt';
import { useFocusOnNavigate } from '../ui/useFocusOnNavigate';
import { mainNav } from './nav';

export function Layout() {
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigate(main);
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader nav={mainNav} actions={<SearchLauncher />} />
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
      <UpdatePrompt />
      <SiteFooter />
      <ScrollRestoration />
    </>
  );
}
