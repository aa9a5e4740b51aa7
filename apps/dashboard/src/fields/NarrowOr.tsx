import type { Theme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { ReactElement } from 'react';

/** Below 600 px (a phone held upright) a list shows `narrow`, react-admin's SimpleList, instead of its table. */
export const NarrowOr = ({ narrow, children }: { narrow: ReactElement; children: ReactElement }) => {
  const isNarrow = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return isNarrow ? narrow : children;
};
