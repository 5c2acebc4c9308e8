import {
  CreateQuotaDocument,
  DeleteQuotaDocument,
  QuotaListDocument,
  QuotaOneDocument,
  UpdateQuotaDocument,
  type CreateQuotaMutation,
  type QuotaListQuery,
  type QuotaOneQuery,
  type QuotaRecordFragment,
  type UpdateQuotaMutation,
} from '../gql/graphql';
import { ResourceAdapter } from '../data-provider/resource-adapter';

const correctableFields = ['approvedHeadcount', 'documentNumber', 'effectiveOn'];

export const quotasData = new ResourceAdapter<QuotaRecordFragment>({
  list: { document: QuotaListDocument, page: (data: QuotaListQuery) => data.quotas },
  one: { document: QuotaOneDocument, record: (data: QuotaOneQuery) => data.quota },
  sortFields: {
    approvedHeadcount: 'APPROVED_HEADCOUNT',
    category: 'CATEGORY',
    effectiveOn: 'EFFECTIVE_ON',
    updatedAt: 'UPDATED_AT',
  },
  filterFields: ['category', 'current', 'documentNumberContains', 'institutionId', 'underBureauId'],
  searchField: 'documentNumberContains',
  create: {
    document: CreateQuotaDocument,
    record: (data: CreateQuotaMutation) => data.createQuota,
    fields: ['institutionId', 'category', ...correctableFields],
  },
  update: { document: UpdateQuotaDocument, record: (data: UpdateQuotaMutation) => data.updateQuota, fields: correctableFields },
  remove: { document: DeleteQuotaDocument },
});
