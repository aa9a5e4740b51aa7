import { Create } from 'react-admin';
import { OrganizationForm, toOrganizationBody } from './OrganizationForm';

export const OrganizationCreate = () => (
  <Create redirect="show" transform={toOrganizationBody}>
    <OrganizationForm />
  </Create>
);
