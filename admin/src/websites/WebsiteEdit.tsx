import { RegistryEdit } from '../conflict/RegistryEdit';
import { WebsiteForm, websiteFormFields } from './WebsiteForm';

export function WebsiteEdit() {
  return (
    <RegistryEdit fields={websiteFormFields} redirect="list">
      <WebsiteForm />
    </RegistryEdit>
  );
}
