import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  AutocompleteInput,
  DateInput,
  Form,
  HttpError,
  ReferenceInput,
  SaveButton,
  Title,
  Toolbar,
  required,
  useCanAccess,
  useLocaleState,
  useNotify,
  useTranslate,
} from 'react-admin';
import { berlinToday, formatDate } from '../fields/dates';
import { api } from '../providers/http';
import { useSteeringGroup } from '../providers/queries';
import { SteeringGroupTable } from './SteeringGroupTable';

/** R14: who holds the coordination office's seat from a date on; empty person = vacant. */
const CoordinationSeatForm = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const save = async (values: Record<string, unknown>) => {
    try {
      await api('steering-group/coordination', {
        method: 'PUT',
        body: { personId: values.personId || null, since: values.since },
      });
      await queryClient.invalidateQueries({ queryKey: ['gremium', 'steering-group'] });
      notify('gremium.steering.coordination_saved', { type: 'success' });
      return undefined;
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : String(failure), { type: 'error' });
      const body =
        failure instanceof HttpError ? (failure.body as { errors?: Record<string, unknown> } | null) : null;
      return body?.errors;
    }
  };
  return (
    <Box component="section" aria-labelledby="coordination-heading" sx={{ mt: 3 }}>
      <Typography id="coordination-heading" variant="h6" component="h2">
        {translate('gremium.steering.coordination_heading')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1, maxWidth: '75ch' }}>
        {translate('gremium.steering.coordination_help')}
      </Typography>
      <Box sx={{ maxWidth: 720 }}>
        <Form onSubmit={save} record={{ since: berlinToday() }}>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
            <ReferenceInput source="personId" reference="people">
              <AutocompleteInput
                label="gremium.steering.holder"
                helperText="gremium.steering.vacant_help"
                sx={{ minWidth: 280 }}
              />
            </ReferenceInput>
            <DateInput source="since" label="gremium.steering.since" validate={required()} />
          </Box>
          <Toolbar>
            <SaveButton />
          </Toolbar>
        </Form>
      </Box>
    </Box>
  );
};

/** R6: the steering group on a chosen day (today by default), vacancies included. */
export const SteeringGroupPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [date, setDate] = useState(berlinToday());
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const { data, error } = useSteeringGroup(valid ? date : undefined);
  const { canAccess } = useCanAccess({ resource: 'steering-group', action: 'edit' });
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="gremium.steering.heading" />
      <CardContent>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
          <Typography variant="h5" component="h2" sx={{ flex: 1 }}>
            {data
              ? translate('gremium.steering.on_date', {
                  date: formatDate(data.date, locale),
                  occupied: data.occupied,
                  size: data.size,
                })
              : translate('gremium.steering.heading')}
          </Typography>
          <TextField
            type="date"
            size="small"
            label={translate('gremium.steering.date')}
            value={date}
            onChange={(event) => setDate(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
            fullWidth={false}
            sx={{ width: 200 }}
          />
        </Box>
        {error ? (
          <Alert severity="error">{error.message}</Alert>
        ) : data ? (
          <SteeringGroupTable composition={data} />
        ) : (
          <LinearProgress aria-label={translate('ra.page.loading')} />
        )}
        {canAccess && <CoordinationSeatForm />}
      </CardContent>
    </Card>
  );
};
