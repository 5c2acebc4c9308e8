import {
  AccountListDocument,
  AccountOneDocument,
  CreateAccountDocument,
  UpdateAccountDocument,
  type AccountListQuery,
  type AccountOneQuery,
  type AccountRecordFragment,
  type CreateAccountMutation,
  type UpdateAccountMutation,
} from '../gql/graphql';
import { ResourceAdapter } from '../data-provider/resource-adapter';

// Accounts are never deleted (the audit trail names them): they are disabled.
export const accountsData = new ResourceAdapter<AccountRecordFragment>({
  list: { document: AccountListDocument, page: (data: AccountListQuery) => data.accounts },
  one: { document: AccountOneDocument, record: (data: AccountOneQuery) => data.account },
  filterFields: ['disabled', 'role', 'textContains', 'underBureauId'],
  searchField: 'textContains',
  sortFields: { username: 'USERNAME', displayName: 'DISPLAY_NAME', role: 'ROLE', createdAt: 'CREATED_AT' },
  create: {
    document: CreateAccountDocument,
    record: (data: CreateAccountMutation) => data.createAccount,
    fields: ['username', 'displayName', 'role', 'bureauId', 'password'],
  },
  update: { document: UpdateAccountDocument, record: (data: UpdateAccountMutation) => data.updateAccount, fields: ['displayName', 'disabled', 'password'] },
});
