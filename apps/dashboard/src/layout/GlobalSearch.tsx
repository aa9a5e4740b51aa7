import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { useProcessLabels } from '../definitions/useLabels';
import { formatDate } from '../fields/dates';
import { api } from '../providers/http';

type SearchKind = 'person' | 'organization' | 'working-group' | 'recommendation' | 'meeting' | 'process';

interface SearchHit {
  kind: SearchKind;
  id: string;
  label: string;
  detail: string | null;
}

const KINDS: SearchKind[] = [
  'person',
  'organization',
  'working-group',
  'recommendation',
  'meeting',
  'process',
];
/** Meetings have no page of their own: their list, filtered by the title. */
const PATHS: Record<SearchKind, (hit: SearchHit) => string> = {
  person: ({ id }) => `/people/${id}/show`,
  organization: ({ id }) => `/organizations/${id}/show`,
  'working-group': ({ id }) => `/working-groups/${id}/show`,
  recommendation: ({ id }) => `/recommendations/${id}/show`,
  meeting: ({ label }) => `/meetings?filter=${encodeURIComponent(JSON.stringify({ q: label }))}`,
  process: ({ id }) => `/processes/${id}/show`,
};
const MIN_LENGTH = 2;

/**
 * "Suchen" in the app bar: people, organizations, groups, recommendations, meetings and their processes
 * by name, whatever the accents and umlauts (`GET /api/search`, PostgreSQL unaccent + trigrams).
 */
export const GlobalSearch = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const labels = useProcessLabels();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const query = useDeferredValue(text.trim());
  const { data, isFetching } = useQuery({
    queryKey: ['global-search', query],
    queryFn: async ({ signal }) =>
      (await api<SearchHit[]>(`search?q=${encodeURIComponent(query)}`, { signal })).body,
    enabled: open && query.length >= MIN_LENGTH,
  });
  const close = () => {
    setOpen(false);
    setText('');
  };
  const detailOf = (hit: SearchHit) => {
    if (!hit.detail) return undefined;
    if (hit.kind === 'meeting') return formatDate(hit.detail, locale);
    if (hit.kind === 'process') return labels.definitionLabel(hit.detail);
    return hit.detail;
  };
  const found = KINDS.map((kind) => [kind, (data ?? []).filter((hit) => hit.kind === kind)] as const).filter(
    ([, hits]) => hits.length > 0,
  );
  return (
    <>
      <Button
        color="inherit"
        onClick={() => setOpen(true)}
        startIcon={<SearchIcon />}
        aria-label={translate('gremium.search.open')}
        sx={{ minWidth: 0, '& .MuiButton-startIcon': { mr: { xs: 0, md: 1 } } }}
      >
        <Box component="span" sx={{ display: { xs: 'none', md: 'inline' } }}>
          {translate('gremium.search.open')}
        </Box>
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <DialogTitle id={titleId}>{translate('gremium.search.title')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            type="search"
            label={translate('gremium.search.label')}
            helperText={translate('gremium.search.hint', { min: MIN_LENGTH })}
            value={text}
            onChange={(event) => setText(event.target.value)}
            slotProps={{ htmlInput: { maxLength: 100 } }}
          />
          <Box role="status" aria-live="polite" sx={{ mt: 1 }}>
            {query.length >= MIN_LENGTH && !isFetching && data?.length === 0 && (
              <Typography variant="body2">{translate('gremium.search.none', { query })}</Typography>
            )}
          </Box>
          {found.map(([kind, hits]) => (
            <List
              key={kind}
              dense
              aria-labelledby={`${titleId}-${kind}`}
              subheader={
                <ListSubheader id={`${titleId}-${kind}`} disableSticky>
                  {translate(`gremium.search.kinds.${kind}`)}
                </ListSubheader>
              }
            >
              {hits.map((hit) => (
                <ListItem key={`${kind}-${hit.id}`} disablePadding>
                  <ListItemButton component={Link} to={PATHS[kind](hit)} onClick={close}>
                    <ListItemText primary={hit.label} secondary={detailOf(hit)} />
                  </ListItemButton>
                </ListItem>
              ))}
            </List>
          ))}
        </DialogContent>
      </Dialog>
    </>
  );
};
