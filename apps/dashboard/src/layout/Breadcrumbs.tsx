import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import MuiBreadcrumbs from '@mui/material/Breadcrumbs';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import {
  Link,
  RecordContextProvider,
  useGetOne,
  useGetRecordRepresentation,
  useResourceDefinitions,
  useTranslate,
} from 'react-admin';
import { useLocation } from 'react-router-dom';

/** `/people/<id>/show` → resource, id and page; null for lists, the home page and custom pages. */
function pageOf(
  pathname: string,
): { resource: string; id?: string; page: 'show' | 'edit' | 'create' } | null {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 2 && parts[1] === 'create') return { resource: parts[0], page: 'create' };
  if (parts.length === 3 && parts[2] === 'show') return { resource: parts[0], id: parts[1], page: 'show' };
  if (parts.length === 2) return { resource: parts[0], id: parts[1], page: 'edit' };
  return null;
}

const RecordName = ({ resource, id }: { resource: string; id: string }) => {
  const { data } = useGetOne(resource, { id });
  const represent = useGetRecordRepresentation(resource);
  // A representation given as an element (a process's title) reads the record from its context.
  return data ? <RecordContextProvider value={data}>{represent(data)}</RecordContextProvider> : <>…</>;
};

/** "Start › Personen › Petra Revier" above every page of one record: where it sits, and the way back. */
export const Breadcrumbs = () => {
  const translate = useTranslate();
  const { pathname } = useLocation();
  const resources = useResourceDefinitions();
  const page = pageOf(pathname);
  if (!page || !resources[page.resource]) return null;
  const crumbs: ReactNode[] = [
    <Link key="home" to="/" underline="hover" color="inherit">
      {translate('gremium.breadcrumbs.home')}
    </Link>,
    <Link key="list" to={`/${page.resource}`} underline="hover" color="inherit">
      {translate(`resources.${page.resource}.name`, { smart_count: 2 })}
    </Link>,
  ];
  if (page.id) {
    const name = <RecordName resource={page.resource} id={page.id} />;
    crumbs.push(
      page.page === 'edit' ? (
        <Link
          key="record"
          to={`/${page.resource}/${encodeURIComponent(page.id)}/show`}
          underline="hover"
          color="inherit"
        >
          {name}
        </Link>
      ) : (
        <Typography key="record" color="text.primary" aria-current="page" variant="body2">
          {name}
        </Typography>
      ),
    );
  }
  if (page.page !== 'show')
    crumbs.push(
      <Typography key="page" color="text.primary" aria-current="page" variant="body2">
        {translate(`gremium.breadcrumbs.${page.page}`)}
      </Typography>,
    );
  return (
    <MuiBreadcrumbs
      aria-label={translate('gremium.breadcrumbs.label')}
      separator={<NavigateNextIcon fontSize="small" />}
      sx={{
        mt: 1,
        mb: 0.5,
        minWidth: 0,
        typography: 'body2',
        '& .MuiBreadcrumbs-ol': { flexWrap: 'wrap' },
        '& .MuiBreadcrumbs-li': { minWidth: 0, overflowWrap: 'anywhere' },
      }}
    >
      {crumbs}
    </MuiBreadcrumbs>
  );
};
