import { RegistryEdit } from '../conflict/RegistryEdit';
import { QuotaForm, quotaFormFields } from './QuotaForm';

export function QuotaEdit() {
  return (
    <RegistryEdit fields={quotaFormFields}>
      <QuotaForm />
    </RegistryEdit>
  );
}
