import { TranslatedField } from '../fields/TranslatedField';

export const AppointmentStatusField = () => (
  <TranslatedField source="status" prefix="gremium.appointment_status" />
);
