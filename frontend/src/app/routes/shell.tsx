/** The signed-in frame: header with notifications and user menu, main navigation, and focus moved to each new page's heading. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { AppLayout } from '@/components/layout/app-layout';
import { MainNav } from '@/components/layout/main-nav';
import { UserMenu } from '@/features/auth/components/user-menu';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { usePermissions } from '@/lib/auth/me-context';
import { navItems } from './nav-items';

function useFocusHeadingOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Wait a frame so the new page has rendered its heading (or its loading state).
    const frame = requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>('#main-content h1');
      (heading ?? document.getElementById('main-content'))?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}

export function Shell() {
  const { t } = useTranslation();
  const permissions = usePermissions();
  useFocusHeadingOnNavigation();
  const items = navItems(permissions, t);
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
      <Outlet />
      <ScrollRestoration />
    </AppLayout>
  );
}
