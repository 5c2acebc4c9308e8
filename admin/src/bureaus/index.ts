import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { BureauCreate } from './BureauCreate';
import { BureauEdit } from './BureauEdit';
import { BureauList } from './BureauList';
import { BureauShow } from './BureauShow';

export const bureausResource = {
  list: BureauList,
  show: BureauShow,
  edit: BureauEdit,
  create: BureauCreate,
  icon: AccountBalanceIcon,
  recordRepresentation: 'name',
};
