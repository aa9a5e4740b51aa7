import type { Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { AppMenu } from './AppMenu';
import { Breadcrumbs } from './Breadcrumbs';
import { DocumentTitle } from './DocumentTitle';
import { GremiumAppBar } from './GremiumAppBar';

/*
 * react-admin lets the layout grow to its widest content (`min-width: fit-content`), so on a phone one wide
 * timeline or table made every page scroll sideways. There the layout keeps the screen's width, and what
 * is wider scrolls in its own box.
 */
const phoneWidth = (theme: Theme) => ({
  [theme.breakpoints.down('sm')]: { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } },
});

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={GremiumAppBar} menu={AppMenu} sx={phoneWidth}>
    <DocumentTitle />
    <Breadcrumbs />
    {children}
  </Layout>
);
