import { Show, Tab, TabbedShowLayout, WithRecord } from 'react-admin';
import { EstablishmentFigures } from '../dashboard/EstablishmentFigures';
import { EGovTables } from './EGovTables';
import { ReturnActions } from './ReturnActions';
import { ReturnChecks } from './ReturnChecks';
import { ReturnSummary } from './ReturnSummary';
import { StaffProfileTables } from './StaffProfileTables';
import { YearComparison } from './YearComparison';
import type { ShownReturn } from './return-steps';

/** A bureau's annual return (统计年报): where it stands and its checks, its tables as frozen, and last year beside it. */
export function AnnualReturnShow() {
  return (
    <Show actions={<ReturnActions />}>
      <TabbedShowLayout>
        <Tab label="bianzhi.annualReport.summary">
          <ReturnSummary />
          <WithRecord<ShownReturn> label="bianzhi.annualReport.checks" render={(annualReturn) => <ReturnChecks checks={annualReturn.checks} />} />
        </Tab>
        <Tab label="bianzhi.annualReport.tables.establishment" path="establishment">
          <WithRecord<ShownReturn> render={(annualReturn) => <EstablishmentFigures statistics={annualReturn.establishment} />} />
        </Tab>
        <Tab label="bianzhi.annualReport.tables.staffProfile" path="staff-profile">
          <WithRecord<ShownReturn> render={(annualReturn) => <StaffProfileTables profile={annualReturn.staffProfile} />} />
        </Tab>
        <Tab label="bianzhi.annualReport.tables.egov" path="egov">
          <WithRecord<ShownReturn> render={(annualReturn) => <EGovTables annualReturn={annualReturn} />} />
        </Tab>
        <Tab label="bianzhi.annualReport.comparison" path="comparison">
          <WithRecord<ShownReturn> render={(annualReturn) => <YearComparison rows={annualReturn.comparedWithLastYear} />} />
        </Tab>
      </TabbedShowLayout>
    </Show>
  );
}
