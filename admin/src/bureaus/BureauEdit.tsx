import { RegistryEdit } from '../conflict/RegistryEdit';
import { BureauBreadcrumbs } from './BureauBreadcrumbs';
import { BureauForm, bureauFormFields } from './BureauForm';

export function BureauEdit() {
  return (
    <RegistryEdit fields={bureauFormFields}>
      <BureauBreadcrumbs />
      <BureauForm />
    </RegistryEdit>
  );
}
