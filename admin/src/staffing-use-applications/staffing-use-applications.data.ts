import {
  ApplyForStaffingUseDocument,
  StaffingUseApplicationListDocument,
  StaffingUseApplicationOneDocument,
  type ApplyForStaffingUseMutation,
  type StaffingUseApplicationListQuery,
  type StaffingUseApplicationOneQuery,
  type StaffingUseApplicationRecordFragment,
} from '../gql/graphql';
import { ResourceAdapter, type ListRequest, type RegistryResource } from '../data-provider/resource-adapter';

const applications = new ResourceAdapter<StaffingUseApplicationRecordFragment>({
  list: { document: StaffingUseApplicationListDocument, page: (data: StaffingUseApplicationListQuery) => data.staffingUseApplications },
  one: { document: StaffingUseApplicationOneDocument, record: (data: StaffingUseApplicationOneQuery) => data.staffingUseApplication },
  sortFields: { appliedOn: 'APPLIED_ON', updatedAt: 'UPDATED_AT' },
  filterFields: ['institutionId', 'status', 'underBureauId'],
  create: {
    document: ApplyForStaffingUseDocument,
    record: (data: ApplyForStaffingUseMutation) => data.applyForStaffingUse,
    fields: ['institutionId', 'category', 'tier', 'count', 'purpose', 'appliedOn', 'justification'],
  },
});

function refused(): never {
  throw new Error('an application to use posts is approved, rejected or withdrawn, never edited or deleted');
}

/**
 * Applications to use posts (用编申请): recorded by the create view ("apply");
 * approved, rejected or withdrawn by the show page's actions.
 */
export const staffingUseApplicationsData: RegistryResource = {
  list: (request: ListRequest) => applications.list(request),
  one: (id) => applications.one(id),
  create: (values) => applications.create(values),
  update: refused,
  remove: refused,
};
