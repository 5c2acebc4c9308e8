import WarningIcon from '@mui/icons-material/Warning';
import { AlertList } from './AlertList';

export const alertsResource = {
  list: AlertList,
  icon: WarningIcon,
  recordRepresentation: 'institutionName',
};
