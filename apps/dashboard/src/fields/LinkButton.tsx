import type { ReactNode } from 'react';
import { Button } from 'react-admin';
import { Link } from 'react-router-dom';

/**
 * A button-styled link. react-admin's Button with `to` renders an `<a>` without `href` unless it is
 * given the router's Link as component: neither a link for assistive technology nor for the keyboard.
 */
export const LinkButton = ({ to, label, children }: { to: string; label: string; children: ReactNode }) => (
  <Button component={Link} to={to} label={label}>
    {children}
  </Button>
);
