import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { InstitutionList } from './InstitutionList';
import { InstitutionShow } from './InstitutionShow';

export const institutionsResource = {
  list: InstitutionList,
  show: InstitutionShow,
  icon: AccountBalanceIcon,
  recordRepresentation: 'name',
};
