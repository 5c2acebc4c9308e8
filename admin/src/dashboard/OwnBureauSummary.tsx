import { Table, TableBody, TableCell, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { indicatorNames } from '../bureaus/IndicatorField';
import type { DashboardQuery } from '../gql/graphql';

type Bureau = NonNullable<DashboardQuery['bureau']>;

const staffingFigures = [
  ['units', 'bianzhi.dashboard.units'],
  ['approvedHeadcount', 'bianzhi.dashboard.approvedHeadcount'],
  ['activeStaff', 'bianzhi.dashboard.activeStaff'],
  ['vacancies', 'bianzhi.staffing.vacancies'],
  ['approvedLeadershipPositions', 'resources.quotas.fields.approvedLeadershipPositions'],
  ['activeLeaders', 'bianzhi.staffing.activeLeaders'],
  ['unitsOverQuota', 'bianzhi.dashboard.unitsOverQuota'],
  ['unitsOverPositions', 'bianzhi.dashboard.unitsOverPositions'],
] as const;

/** A county office has no prefectures or counties below it: its own indicators and staffing instead of the survey's tables. */
export function OwnBureauSummary({ bureau }: { bureau: Bureau }) {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid="own-bureau-summary">
      <TableBody>
        {indicatorNames.map((indicator) => {
          const { built, builtOn } = bureau.indicators[indicator];
          return (
            <TableRow key={indicator}>
              <TableCell>{translate(`resources.bureaus.fields.indicators.${indicator}`)}</TableCell>
              <TableCell>{built ? `${translate('bianzhi.common.built')} ${builtOn ?? ''}` : translate('bianzhi.common.notBuilt')}</TableCell>
            </TableRow>
          );
        })}
        {staffingFigures.map(([figure, label]) => (
          <TableRow key={figure}>
            <TableCell>{translate(label)}</TableCell>
            <TableCell>{bureau.staffingStatistics[figure]}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
