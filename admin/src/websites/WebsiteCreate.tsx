import { Create } from 'react-admin';
import { WebsiteForm } from './WebsiteForm';

export function WebsiteCreate() {
  return (
    <Create redirect="list">
      <WebsiteForm />
    </Create>
  );
}
