import {
  CreateWebsiteDocument,
  DeleteWebsiteDocument,
  UpdateWebsiteDocument,
  WebsiteListDocument,
  WebsiteOneDocument,
  type CreateWebsiteMutation,
  type UpdateWebsiteMutation,
  type WebsiteListQuery,
  type WebsiteOneQuery,
  type WebsiteRecordFragment,
} from '../gql/graphql';
import { ResourceAdapter } from '../data-provider/resource-adapter';

const editableFields = ['bureauId', 'title', 'address', 'network', 'launchedOn', 'lastUpdatedOn'];

export const websitesData = new ResourceAdapter<WebsiteRecordFragment>({
  list: { document: WebsiteListDocument, page: (data: WebsiteListQuery) => data.websites },
  one: { document: WebsiteOneDocument, record: (data: WebsiteOneQuery) => data.website },
  sortFields: { title: 'TITLE', lastUpdatedOn: 'LAST_UPDATED_ON', launchedOn: 'LAUNCHED_ON', updatedAt: 'UPDATED_AT' },
  filterFields: ['bureauId', 'network', 'stale', 'textContains', 'underBureauId'],
  searchField: 'textContains',
  create: { document: CreateWebsiteDocument, record: (data: CreateWebsiteMutation) => data.createWebsite, fields: editableFields },
  update: { document: UpdateWebsiteDocument, record: (data: UpdateWebsiteMutation) => data.updateWebsite, fields: editableFields },
  remove: { document: DeleteWebsiteDocument },
});
