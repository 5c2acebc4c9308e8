import PeopleIcon from '@mui/icons-material/People';
import { StaffCreate } from './StaffCreate';
import { StaffEdit } from './StaffEdit';
import { StaffList } from './StaffList';

export const staffResource = {
  list: StaffList,
  edit: StaffEdit,
  create: StaffCreate,
  icon: PeopleIcon,
  recordRepresentation: 'name',
};
