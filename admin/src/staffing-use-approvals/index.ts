import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { StaffingUseApprovalCreate } from './StaffingUseApprovalCreate';
import { StaffingUseApprovalList } from './StaffingUseApprovalList';
import { StaffingUseApprovalShow } from './StaffingUseApprovalShow';

export const staffingUseApprovalsResource = {
  list: StaffingUseApprovalList,
  show: StaffingUseApprovalShow,
  create: StaffingUseApprovalCreate,
  icon: AssignmentTurnedInIcon,
  recordRepresentation: 'noticeNumber',
};
