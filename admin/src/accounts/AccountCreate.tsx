import { Create } from 'react-admin';
import { AccountForm } from './AccountForm';

export function AccountCreate() {
  return (
    <Create redirect="show">
      <AccountForm creating />
    </Create>
  );
}
