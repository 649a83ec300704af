/** The signed-in frame: header with notifications and user menu, main navigation, and focus moved to each new page's heading. */
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { AppLayout } from '@/components/layout/app-layout';
import { Loading } from '@/components/loading';
import { MainNav } from '@/components/layout/main-nav';
import { UserMenu } from '@/features/auth/components/user-menu';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { useTasks } from '@/features/tasks/api/get-tasks';
import { usePermissions } from '@/lib/auth/me-context';
import { navItems } from './nav-items';

function useFocusHeadingOnNavigation() {
  const { pathname, hash } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A link to a section (e.g. from the work list) moves focus there instead.
    if (hash) return;
    // Wait a frame so the new page has rendered its heading (or its loading state).
    const frame = requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>('#main-content h1');
      (heading ?? document.getElementById('main-content'))?.focus();
    });
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new page moves focus; a new hash alone does not
  }, [pathname]);
}

/**
 * A link with '#section' (the work list's links to the place to act) scrolls to and focuses that
 * section's heading once the page has loaded it (it may wait for its data).
 */
function useScrollToSection() {
  const { pathname, hash } = useLocation();
  useEffect(() => {
    if (!hash) return;
    const id = decodeURIComponent(hash.slice(1));
    let tries = 0;
    const timer = window.setInterval(() => {
      const target = document.getElementById(id);
      if (target || ++tries > 50) {
        window.clearInterval(timer);
        if (target) {
          if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
          target.scrollIntoView({ block: 'start' });
          target.focus({ preventScroll: true });
        }
      }
    }, 100);
    return () => window.clearInterval(timer);
  }, [pathname, hash]);
}

export function Shell() {
  const { t } = useTranslation();
  const permissions = usePermissions();
  useFocusHeadingOnNavigation();
  useScrollToSection();
  const tasks = useTasks();
  const items = navItems(permissions, t, tasks.data?.total ?? 0);
  return (
    <AppLayout
      headerActions={
        <>
          <NotificationBell />
          <UserMenu />
        </>
      }
      navigation={<MainNav items={items} />}
    >
      {/* Pages are lazy chunks (router.tsx): the frame stays while the first one opened loads. */}
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
      <ScrollRestoration />
    </AppLayout>
  );
}
