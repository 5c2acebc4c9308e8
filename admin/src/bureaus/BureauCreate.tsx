import { Create } from 'react-admin';
import { BureauForm } from './BureauForm';

export function BureauCreate() {
  return (
    <Create redirect="show">
      <BureauForm creating />
    </Create>
  );
}
