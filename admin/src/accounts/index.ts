import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { AccountCreate } from './AccountCreate';
import { AccountEdit } from './AccountEdit';
import { AccountList } from './AccountList';
import { AccountShow } from './AccountShow';

export const accountsResource = {
  list: AccountList,
  show: AccountShow,
  edit: AccountEdit,
  create: AccountCreate,
  icon: ManageAccountsIcon,
  recordRepresentation: 'username',
};
