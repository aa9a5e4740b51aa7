import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { diffWordsWithSpace } from 'diff';
import { useEffect, useState } from 'react';
import { useGetOne, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../fields/dates';
import { api } from '../providers/http';
import type { RecommendationRecord } from '../types';

/** One wording as `GET /api/recommendations/:id/versions` lists it. */
interface Version {
  number: number;
  title: string;
  text: string;
  addressees: string[];
  tags: string[];
  editedById: string | null;
  editedAt: string;
}

// Dark text on pale green/red (contrast above 7:1 in both themes), underlined/struck through: not by colour alone.
const insStyle = { bgcolor: '#d7f5dd', color: '#0b3d1a', textDecoration: 'underline' };
const delStyle = { bgcolor: '#fde0de', color: '#5c0f0b', textDecoration: 'line-through' };

/** Word by word what changed from one text to another: insertions and deletions marked (not by colour alone). */
export const WordDiff = ({ before, after }: { before: string; after: string }) => (
  <>
    {diffWordsWithSpace(before, after).map((part, index) =>
      part.added ? (
        <Box key={index} component="ins" sx={insStyle}>
          {part.value}
        </Box>
      ) : part.removed ? (
        <Box key={index} component="del" sx={delStyle}>
          {part.value}
        </Box>
      ) : (
        <span key={index}>{part.value}</span>
      ),
    )}
  </>
);

const Editor = ({ personId }: { personId: string | null }) => {
  const { data } = useGetOne('people', { id: personId ?? '' }, { enabled: !!personId });
  return <>{data?.name ?? '–'}</>;
};

/** The wordings of a recommendation (as started, after each edit) and the word-level difference of two. */
export const VersionsSection = () => {
  const record = useRecordContext<RecommendationRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: versions = [] } = useQuery({
    queryKey: ['gremium', 'recommendation-versions', record?.id, record?.updatedAt],
    enabled: !!record,
    queryFn: async () =>
      (await api<Version[]>(`recommendations/${encodeURIComponent(String(record?.id))}/versions`)).body,
  });
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  useEffect(() => {
    if (versions.length > 0) {
      setTo(versions[versions.length - 1].number);
      setFrom(versions[Math.max(0, versions.length - 2)].number);
    }
  }, [versions]);
  if (!record || versions.length === 0) return null;
  const before = versions.find((v) => v.number === from) ?? versions[0];
  const after = versions.find((v) => v.number === to) ?? versions[versions.length - 1];
  const when = (version: Version) => formatDateTime(version.editedAt, locale);
  const label = (version: Version) =>
    translate('gremium.versions.version_label', { number: version.number, date: when(version) });
  const picker = (id: string, value: number, onChange: (n: number) => void, text: string) => (
    <TextField
      id={id}
      select
      size="small"
      label={text}
      value={value}
      onChange={(event) => onChange(Number(event.target.value))}
      sx={{ minWidth: 240, maxWidth: '100%' }}
    >
      {versions.map((version) => (
        <MenuItem key={version.number} value={version.number}>
          {label(version)}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Box component="section" aria-labelledby="versions-heading" sx={{ py: 2 }}>
      <Typography id="versions-heading" variant="h6" component="h2" gutterBottom>
        {translate('gremium.versions.heading', { smart_count: versions.length })}
      </Typography>
      {versions.length === 1 ? (
        <Typography variant="body2">{translate('gremium.versions.only_one')}</Typography>
      ) : (
        <>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
            {picker('version-from', before.number, setFrom, translate('gremium.versions.from'))}
            {picker('version-to', after.number, setTo, translate('gremium.versions.to'))}
          </Box>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('gremium.versions.edited_by')} <Editor personId={after.editedById} />
          </Typography>
          <Typography variant="subtitle2" component="h3">
            {translate('resources.recommendations.fields.title')}
          </Typography>
          <Typography variant="body1" sx={{ mb: 1 }} data-testid="title-diff">
            <WordDiff before={before.title} after={after.title} />
          </Typography>
          <Typography variant="subtitle2" component="h3">
            {translate('resources.recommendations.fields.text')}
          </Typography>
          <Typography
            variant="body1"
            sx={{ whiteSpace: 'pre-wrap', maxWidth: '75ch', overflowWrap: 'anywhere' }}
            data-testid="text-diff"
          >
            <WordDiff before={before.text} after={after.text} />
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            <Box component="ins" sx={insStyle}>
              {translate('gremium.versions.inserted')}
            </Box>{' '}
            <Box component="del" sx={delStyle}>
              {translate('gremium.versions.deleted')}
            </Box>
          </Typography>
        </>
      )}
    </Box>
  );
};
