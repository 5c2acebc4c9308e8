import { Create } from 'react-admin';
import { listFindingNew } from '../search/search-terms';
import { WebsiteForm } from './WebsiteForm';

const listFindingWebsite = listFindingNew((website) => website.title);

export function WebsiteCreate() {
  return (
    <Create redirect={listFindingWebsite}>
      <WebsiteForm />
    </Create>
  );
}
