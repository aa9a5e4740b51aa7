import PublicIcon from '@mui/icons-material/Public';
import PublicOffIcon from '@mui/icons-material/PublicOff';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Confirm, useNotify, usePermissions, useTranslate } from 'react-admin';
import { api } from '../providers/http';
import type { Publication } from '../types';
import { WithholdDialog } from './WithholdDialog';

type Withholdable = 'meeting' | 'recommendation';

const RESOURCES: Record<Withholdable, string> = { meeting: 'meetings', recommendation: 'recommendations' };

const publicationPath = (subjectType: Withholdable, id: string) =>
  `${RESOURCES[subjectType]}/${encodeURIComponent(id)}/publication`;

/**
 * Whether a meeting or a recommendation is in the open council data (OParl and the public page); the
 * coordination office withholds it with a reason, or releases it again (the API allows only the office).
 */
export const PublicationSection = ({ subjectType, id }: { subjectType: Withholdable; id: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { permissions = [] } = usePermissions<string[]>();
  const headingId = useId();
  const [withholding, setWithholding] = useState(false);
  const [releasing, setReleasing] = useState(false);
  const key = ['gremium', 'publication', subjectType, id];
  const { data: publication } = useQuery({
    queryKey: key,
    queryFn: async ({ signal }) =>
      (await api<Publication>(publicationPath(subjectType, id), { signal })).body,
  });
  if (!publication) return null;
  const office = permissions.includes('coordination');

  const decided = (next: Publication) => queryClient.setQueryData(key, next);
  const release = async () => {
    setReleasing(false);
    try {
      decided(
        (
          await api<Publication>(publicationPath(subjectType, id), {
            method: 'PUT',
            body: { withheld: false },
          })
        ).body,
      );
      notify('gremium.publication.released', { type: 'success' });
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    }
  };

  return (
    <Box component="section" aria-labelledby={headingId} sx={{ py: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        <Typography id={headingId} variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          {translate('gremium.publication.heading')}
        </Typography>
        {office &&
          (publication.withheld ? (
            <Button variant="outlined" startIcon={<PublicIcon />} onClick={() => setReleasing(true)}>
              {translate('gremium.publication.release')}
            </Button>
          ) : (
            <Button variant="outlined" startIcon={<PublicOffIcon />} onClick={() => setWithholding(true)}>
              {translate('gremium.publication.withhold')}
            </Button>
          ))}
      </Box>
      {publication.withheld ? (
        <Alert severity="warning">
          <AlertTitle>{translate('gremium.publication.withheld')}</AlertTitle>
          <Box sx={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {translate('gremium.publication.reason_is', { reason: publication.reason ?? '' })}
          </Box>
        </Alert>
      ) : (
        <Typography variant="body2">
          {translate(
            publication.published
              ? 'gremium.publication.published'
              : publication.retracted
                ? 'gremium.publication.retracted'
                : `gremium.publication.not_due.${subjectType}`,
          )}
        </Typography>
      )}
      {withholding && (
        <WithholdDialog
          path={publicationPath(subjectType, id)}
          onClose={() => setWithholding(false)}
          onWithheld={(next) => {
            decided(next);
            setWithholding(false);
            notify('gremium.publication.withheld_done', { type: 'success' });
          }}
        />
      )}
      <Confirm
        isOpen={releasing}
        title="gremium.publication.release_title"
        content="gremium.publication.release_content"
        confirm="gremium.publication.release"
        onConfirm={() => void release()}
        onClose={() => setReleasing(false)}
      />
    </Box>
  );
};
