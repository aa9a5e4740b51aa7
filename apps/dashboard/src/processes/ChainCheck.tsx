import VerifiedIcon from '@mui/icons-material/VerifiedUser';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { useChainCheck } from '../providers/queries';
import type { ProcessRecord } from '../types';

/** Checks the hash chain of the process's audit events (`GET /api/audit-events/verify`). */
export const ChainCheck = () => {
  const process = useRecordContext<ProcessRecord>();
  const translate = useTranslate();
  const [asked, setAsked] = useState(false);
  const { data, error, isFetching } = useChainCheck(process?.id, asked);
  return (
    <Box sx={{ pb: 2, display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
      <Button
        variant="outlined"
        startIcon={<VerifiedIcon />}
        onClick={() => setAsked(true)}
        disabled={isFetching}
      >
        {translate('gremium.audit.verify')}
      </Button>
      <Box role="status" sx={{ flex: '1 1 20rem' }}>
        {error ? (
          <Alert severity="error">{error.message}</Alert>
        ) : (
          data && (
            <Alert severity={data.valid ? 'success' : 'error'}>
              {data.valid
                ? translate('gremium.audit.valid', { count: data.count })
                : data.problem === 'truncated'
                  ? translate('gremium.audit.truncated', { count: data.count })
                  : translate('gremium.audit.broken', { seq: data.brokenAtSeq ?? '?' })}
            </Alert>
          )
        )}
      </Box>
    </Box>
  );
};
