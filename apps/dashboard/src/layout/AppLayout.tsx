import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { AppMenu } from './AppMenu';
import { GremiumAppBar } from './GremiumAppBar';

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={GremiumAppBar} menu={AppMenu}>
    {children}
  </Layout>
);
