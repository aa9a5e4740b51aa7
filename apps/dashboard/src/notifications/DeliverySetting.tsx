import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNotify, useTranslate } from 'react-admin';
import { api } from '../providers/http';

type Delivery = 'each' | 'digest';
const KEY = ['gremium', 'notification-delivery'] as const;

/** Each user's own choice: an e-mail for each notification, or one digest a day (07:00). */
export const DeliverySetting = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const client = useQueryClient();
  const { data } = useQuery({
    queryKey: KEY,
    queryFn: async ({ signal }) =>
      (await api<{ notificationDelivery: Delivery }>('auth/me', { signal })).body.notificationDelivery,
  });
  const { mutate, isPending } = useMutation({
    mutationFn: async (notificationDelivery: Delivery) =>
      (
        await api<{ notificationDelivery: Delivery }>('auth/me/notification-delivery', {
          method: 'PUT',
          body: { notificationDelivery },
        })
      ).body.notificationDelivery,
    onSuccess: (delivery) => {
      client.setQueryData(KEY, delivery);
      notify(`gremium.notifications.delivery_saved_${delivery}`, { type: 'success' });
    },
    onError: (error) => notify(error.message, { type: 'error' }),
  });
  if (!data) return null;
  return (
    <FormControl sx={{ mt: 2, px: { xs: 1, sm: 0 } }} disabled={isPending}>
      <FormLabel id="delivery-label">{translate('gremium.notifications.delivery')}</FormLabel>
      <RadioGroup
        aria-labelledby="delivery-label"
        value={data}
        onChange={(event) => mutate(event.target.value as Delivery)}
        sx={{ flexDirection: { xs: 'column', md: 'row' } }}
      >
        <FormControlLabel
          value="each"
          control={<Radio />}
          label={translate('gremium.notifications.delivery_each')}
        />
        <FormControlLabel
          value="digest"
          control={<Radio />}
          label={translate('gremium.notifications.delivery_digest')}
        />
      </RadioGroup>
    </FormControl>
  );
};
