import { AlertListDocument, AlertOneDocument, type AlertListQuery, type AlertOneQuery, type AlertRecordFragment } from '../gql/graphql';
import { ResourceAdapter } from '../data-provider/resource-adapter';

export const alertsData = new ResourceAdapter<AlertRecordFragment>({
  list: { document: AlertListDocument, page: (data: AlertListQuery) => data.quotaAlerts },
  one: { document: AlertOneDocument, record: (data: AlertOneQuery) => data.quotaAlert },
  sortFields: { raisedAt: 'RAISED_AT', resolvedAt: 'RESOLVED_AT', institutionName: 'INSTITUTION_NAME' },
  filterFields: ['category', 'institutionId', 'kind', 'open', 'raisedBefore', 'raisedFrom', 'tier', 'underBureauId'],
});
