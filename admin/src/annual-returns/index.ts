import AssessmentIcon from '@mui/icons-material/Assessment';
import { AnnualReturnList } from './AnnualReturnList';
import { AnnualReturnShow } from './AnnualReturnShow';
import type { AnnualReturnSummaryFragment } from '../gql/graphql';

export const annualReturnsResource = {
  list: AnnualReturnList,
  show: AnnualReturnShow,
  icon: AssessmentIcon,
  recordRepresentation: (annualReturn: AnnualReturnSummaryFragment) => `${annualReturn.bureau.name} · ${annualReturn.year}`,
};
