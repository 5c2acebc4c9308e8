import { Create } from 'react-admin';
import { QuotaForm, documentAsReason } from './QuotaForm';

export function QuotaCreate() {
  return (
    <Create redirect="show" title="bianzhi.quota.newApproval" transform={documentAsReason}>
      <QuotaForm approval />
    </Create>
  );
}
