import type { ReactNode } from 'react';
import { AppBar, Layout, LoadingIndicator, LocalesMenuButton, Logout, TitlePortal, UserMenu } from 'react-admin';
import { ChangePasswordMenuItem } from '../auth/ChangePasswordMenuItem';
import { LiveAlertStatus } from '../alerts/LiveAlertStatus';
import { LiveAlertsProvider } from '../alerts/LiveAlertsProvider';
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

/** The live alert subscription lives as long as the signed-in layout, whatever page is open. */
export function BianzhiLayout({ children }: { children: ReactNode }) {
  return (
    <LiveAlertsProvider>
      <Layout appBar={BianzhiAppBar} menu={BianzhiMenu}>
        {children}
      </Layout>
    </LiveAlertsProvider>
  );
}
