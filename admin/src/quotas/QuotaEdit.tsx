import { RegistryEdit } from '../conflict/RegistryEdit';
import { QuotaForm, documentAsReason, quotaFormFields } from './QuotaForm';

export function QuotaEdit() {
  return (
    <RegistryEdit fields={quotaFormFields} transform={documentAsReason}>
      <QuotaForm />
    </RegistryEdit>
  );
}
