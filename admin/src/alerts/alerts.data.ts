import { AlertListDocument, AlertOneDocument, type AlertListQuery, type AlertOneQuery, type AlertRecordFragment } from '../gql/graphql';
import { ResourceAdapter } from '../data-provider/resource-adapter';

export const alertsData = new ResourceAdapter<AlertRecordFragment>({
  list: { document: AlertListDocument, page: (data: AlertListQuery) => data.quotaAlerts },
  one: { document: AlertOneDocument, record: (data: AlertOneQuery) => data.quotaAlert },
  sortFields: { raisedAt: 'RAISED_AT', resolvedAt: 'RESOLVED_AT', unitName: 'UNIT_NAME' },
  filterFields: ['category', 'kind', 'open', 'raisedBefore', 'raisedFrom', 'underBureauId', 'unitId'],
});
