import Box from '@mui/material/Box';
import { useFieldValue, type FieldProps } from 'react-admin';

const show = (value: unknown) =>
  typeof value === 'string' ? value : value === null ? '—' : JSON.stringify(value, null, 2);

/** The process's data, one entry per top-level key; structured values as JSON. */
export const ContextField = (props: FieldProps & { source: string }) => {
  const context = useFieldValue(props);
  if (typeof context !== 'object' || context === null) return null;
  return (
    <Box
      component="dl"
      sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5 }}
    >
      {Object.entries(context).map(([key, value]) => (
        <Box key={key} sx={{ display: 'contents' }}>
          <Box component="dt" sx={{ fontWeight: 600 }}>
            {key}
          </Box>
          <Box component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {show(value)}
          </Box>
        </Box>
      ))}
    </Box>
  );
};
