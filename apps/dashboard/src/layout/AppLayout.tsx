import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { GremiumAppBar } from './GremiumAppBar';

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={GremiumAppBar}>{children}</Layout>
);
