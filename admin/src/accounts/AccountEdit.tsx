import { Edit } from 'react-admin';
import { AccountForm } from './AccountForm';

// Accounts carry no version: the server applies each change as it comes.
export function AccountEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <AccountForm />
    </Edit>
  );
}
