import { AppBar, TitlePortal, ToggleThemeButton } from 'react-admin';
import { ActivityIndicator } from './ActivityIndicator';
import { IdentityMenu } from './IdentityMenu';
import { LocaleSwitcher } from './LocaleSwitcher';

const toolbar = (
  <>
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
