import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { AppMenu } from './AppMenu';
import { Breadcrumbs } from './Breadcrumbs';
import { DocumentTitle } from './DocumentTitle';
import { GremiumAppBar } from './GremiumAppBar';

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={GremiumAppBar} menu={AppMenu}>
    <DocumentTitle />
    <Breadcrumbs />
    {children}
  </Layout>
);
