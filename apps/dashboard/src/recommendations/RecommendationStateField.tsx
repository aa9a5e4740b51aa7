import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { useProcessLabels } from '../definitions/useLabels';
import type { RecommendationRecord } from '../types';

/** The state in words (from the definition's labels), and "eskaliert" in words when the review is overdue. */
export const RecommendationStateField = (_props: FieldProps) => {
  const record = useRecordContext<RecommendationRecord>();
  const labels = useProcessLabels();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      <span>{labels.stateLabel('recommendation', record.state)}</span>
      {record.escalated && (
        <Chip
          size="small"
          color="error"
          variant="outlined"
          label={translate('gremium.recommendations.escalated')}
        />
      )}
    </Box>
  );
};
