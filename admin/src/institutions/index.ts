import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { InstitutionCreate } from './InstitutionCreate';
import { InstitutionList } from './InstitutionList';
import { InstitutionShow } from './InstitutionShow';

export const institutionsResource = {
  list: InstitutionList,
  show: InstitutionShow,
  create: InstitutionCreate,
  icon: AccountBalanceIcon,
  recordRepresentation: 'name',
};
