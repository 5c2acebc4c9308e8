import type { ReactNode } from 'react';
import { AppBar, Layout, LoadingIndicator, LocalesMenuButton, Logout, TitlePortal, UserMenu } from 'react-admin';
import { ChangePasswordMenuItem } from '../auth/ChangePasswordMenuItem';
import { LiveAlerts } from '../alerts/LiveAlerts';
import { LiveAlertStatus } from '../alerts/LiveAlertStatus';
import { LiveReturnEvents } from '../annual-returns/LiveReturnEvents';
import { LiveProvider } from '../live/LiveProvider';
import { GlobalSearchBox } from '../search/GlobalSearchBox';
import { BianzhiMenu } from './BianzhiMenu';

function BianzhiAppBar() {
  return (
    <AppBar
      userMenu={
        <UserMenu>
          <ChangePasswordMenuItem />
          <Logout />
        </UserMenu>
      }
      toolbar={
        <>
          <GlobalSearchBox />
          <LiveAlertStatus />
          <LocalesMenuButton />
          <LoadingIndicator />
        </>
      }
    >
      <TitlePortal />
    </AppBar>
  );
}

/** The live connection and its subscriptions (alerts, annual returns) live as long as the signed-in layout, whatever page is open. */
export function BianzhiLayout({ children }: { children: ReactNode }) {
  return (
    <LiveProvider>
      <LiveAlerts />
      <LiveReturnEvents />
      <Layout appBar={BianzhiAppBar} menu={BianzhiMenu}>
        {children}
      </Layout>
    </LiveProvider>
  );
}
