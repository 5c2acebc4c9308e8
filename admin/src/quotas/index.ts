import AssignmentIcon from '@mui/icons-material/Assignment';
import { QuotaCreate } from './QuotaCreate';
import { QuotaEdit } from './QuotaEdit';
import { QuotaList } from './QuotaList';
import { QuotaShow } from './QuotaShow';

export const quotasResource = {
  list: QuotaList,
  show: QuotaShow,
  edit: QuotaEdit,
  create: QuotaCreate,
  icon: AssignmentIcon,
  recordRepresentation: 'documentNumber',
};
