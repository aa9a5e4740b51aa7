import { Edit } from 'react-admin';
import { OrganizationForm, toOrganizationBody } from './OrganizationForm';

export const OrganizationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={toOrganizationBody}>
    <OrganizationForm />
  </Edit>
);
