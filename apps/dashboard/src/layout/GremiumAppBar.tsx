import { AppBar, TitlePortal, ToggleThemeButton } from 'react-admin';
import { ActivityIndicator } from './ActivityIndicator';
import { IdentityMenu } from './IdentityMenu';
import { LocaleSwitcher } from './LocaleSwitcher';
import { NotificationsButton } from './NotificationsButton';

const toolbar = (
  <>
    <NotificationsButton />
    <LocaleSwitcher />
    <ToggleThemeButton />
    <ActivityIndicator />
  </>
);

export const GremiumAppBar = () => (
  <AppBar toolbar={toolbar} userMenu={<IdentityMenu />}>
    <TitlePortal component="h1" />
  </AppBar>
);
