import {
  ApproveStaffingUseDocument,
  StaffingUseApprovalListDocument,
  StaffingUseApprovalOneDocument,
  type ApproveStaffingUseMutation,
  type StaffingUseApprovalListQuery,
  type StaffingUseApprovalOneQuery,
  type StaffingUseApprovalRecordFragment,
} from '../gql/graphql';
import { ResourceAdapter, type ListRequest, type RegistryResource } from '../data-provider/resource-adapter';

/** The most approvals the server gives in one page, which the status filter looks through. */
const largestPage = 1000;

const approvals = new ResourceAdapter<StaffingUseApprovalRecordFragment>({
  list: { document: StaffingUseApprovalListDocument, page: (data: StaffingUseApprovalListQuery) => data.staffingUseApprovals },
  one: { document: StaffingUseApprovalOneDocument, record: (data: StaffingUseApprovalOneQuery) => data.staffingUseApproval },
  sortFields: { issuedOn: 'ISSUED_ON', validUntil: 'VALID_UNTIL', noticeNumber: 'NOTICE_NUMBER' },
  filterFields: ['institutionId', 'category', 'noticeNumber', 'status', 'underBureauId'],
  create: {
    document: ApproveStaffingUseDocument,
    record: (data: ApproveStaffingUseMutation) => data.approveStaffingUse,
    fields: ['institutionId', 'category', 'tier', 'count', 'purpose', 'noticeNumber', 'issuedOn', 'validUntil', 'transfereeNationalId'],
  },
});

function refused(): never {
  throw new Error('an approval to use posts is withdrawn, never edited or deleted');
}

/**
 * Approvals to use posts (用编核准): approved by the create view, withdrawn or
 * used by the show page's actions. The API filters them by institution and
 * category but not by status, which a view computes from today's date, nor
 * leaves one institution out (a transfer's receiving side is another), nor
 * searches words of a notice number or an institution's name (a picker's
 * typing): these are applied here, over the first page of the largest size
 * matching the other conditions.
 */
export const staffingUseApprovalsData: RegistryResource = {
  async list(request: ListRequest) {
    const { status, exceptInstitutionId, q, ...filter } = request.filter;
    if (!status && !exceptInstitutionId && !q) return approvals.list(request);
    const all = await approvals.list({ ...request, filter, limit: largestPage, offset: 0 });
    const words = typeof q === 'string' ? q.trim() : '';
    const matching = all.data.filter(
      (approval) =>
        (!status || approval.status === status) &&
        (!exceptInstitutionId || approval.institutionId !== exceptInstitutionId) &&
        (!words || `${approval.noticeNumber} ${approval.institution.name}`.includes(words)),
    );
    return { data: matching.slice(request.offset, request.offset + request.limit), total: matching.length };
  },
  one: (id) => approvals.one(id),
  create: (values) => approvals.create(values),
  update: refused,
  remove: refused,
};
