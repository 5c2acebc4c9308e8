import HistoryIcon from '@mui/icons-material/History';
import { AuditList } from './AuditList';

export const auditResource = {
  list: AuditList,
  icon: HistoryIcon,
};
