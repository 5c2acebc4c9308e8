import EventNoteIcon from '@mui/icons-material/EventNote';
import { ReportingPeriodCreate } from './ReportingPeriodCreate';
import { ReportingPeriodList } from './ReportingPeriodList';

export const reportingPeriodsResource = {
  list: ReportingPeriodList,
  create: ReportingPeriodCreate,
  icon: EventNoteIcon,
  recordRepresentation: 'year',
};
