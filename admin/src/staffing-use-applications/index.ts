import PostAddIcon from '@mui/icons-material/PostAdd';
import { StaffingUseApplicationCreate } from './StaffingUseApplicationCreate';
import { StaffingUseApplicationList } from './StaffingUseApplicationList';
import { StaffingUseApplicationShow } from './StaffingUseApplicationShow';
import { applicationRepresentation } from './application-representation';

export const staffingUseApplicationsResource = {
  list: StaffingUseApplicationList,
  show: StaffingUseApplicationShow,
  create: StaffingUseApplicationCreate,
  icon: PostAddIcon,
  recordRepresentation: applicationRepresentation,
};
