import { useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { SearchLauncher } from '../features/search/SearchLauncher';
import { SiteFooter } from '../ui/SiteFooter';
import { BackToTop } from '../ui/BackToTop';
import { SiteHeader } from '../ui/SiteHeader';
import { UpdatePrompt } from '../ui/UpdatePrompt';
import { useFocusOnNavigate } from '../ui/useFocusOnNavigate';
import { currentSection, mainNav } from './nav';

export function Layout() {
  const main = useRef<HTMLElement>(null);
  const { pathname, search } = useLocation();
  useFocusOnNavigate(main);
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader nav={mainNav} current={currentSection(pathname, search)} actions={<SearchLauncher />} />
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
      <BackToTop main={main} />
      <UpdatePrompt />
      <SiteFooter />
      <ScrollRestoration />
    </>
  );
}
