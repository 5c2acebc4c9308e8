import { Create } from 'react-admin';
import { QuotaForm } from './QuotaForm';

export function QuotaCreate() {
  return (
    <Create redirect="show" title="bianzhi.quota.newApproval">
      <QuotaForm approval />
    </Create>
  );
}
