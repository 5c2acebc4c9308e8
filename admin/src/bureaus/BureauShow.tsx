import {
  Datagrid,
  EditButton,
  NumberField,
  ReferenceManyField,
  Show,
  Tab,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  CreateButton,
} from 'react-admin';
import { DayField } from '../common/DayField';
import { Stack } from '@mui/material';
import { StaleChip } from '../websites/StaleChip';
import { EnumField } from '../common/enums';
import { BureauBreadcrumbs } from './BureauBreadcrumbs';
import { SubtreeAlerts, SubtreeStaff } from './BureauSubtree';
import { IndicatorField, indicatorNames } from './IndicatorField';
import { RegisterExportButton } from '../registers/RegisterExportButton';
import { registerNames } from '../registers/register-names';

/** 导出实名制人员, 导出机构 and 导出三定: the bureau's three registers as workbooks. */
function ExportRegisterButtons() {
  const bureau = useRecordContext<{ code: string }>();
  return registerNames.map((register) => <RegisterExportButton key={register} register={register} code={bureau?.code} />);
}

function ChildBureauButton() {
  const bureau = useRecordContext<{ id: string; level: string }>();
  if (!bureau || bureau.level === 'COUNTY') return null;
  return <CreateButton resource="bureaus" state={{ record: { parentId: bureau.id, level: bureau.level === 'PROVINCE' ? 'PREFECTURE' : 'COUNTY' } }} />;
}

/** A bureau: where it sits in the tree, its five indicators, and what is under it: child bureaus, units, the staff and alerts of its whole subtree, websites. */
export function BureauShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <ChildBureauButton />
          <ExportRegisterButtons />
          <EditButton />
        </TopToolbar>
      }
    >
      <TabbedShowLayout>
        <Tab label="bianzhi.tree.children">
          <BureauBreadcrumbs />
          <Stack direction="row" spacing={4}>
            <TextField source="name" />
            <TextField source="code" />
            <EnumField source="level" enumName="BureauLevel" />
          </Stack>
          <ReferenceManyField reference="bureaus" target="parentId" sort={{ field: 'code', order: 'ASC' }} perPage={100} label="bianzhi.tree.children">
            <Datagrid rowClick="show" bulkActionButtons={false} empty={<></>}>
              <TextField source="name" />
              <TextField source="code" />
              {indicatorNames.map((indicator) => (
                <IndicatorField key={indicator} indicator={indicator} label={`resources.bureaus.fields.indicators.${indicator}`} />
              ))}
            </Datagrid>
          </ReferenceManyField>
        </Tab>
        <Tab label="bianzhi.tree.indicators" path="indicators">
          <BureauBreadcrumbs />
          <DayField source="documentExchangeBuiltOn" emptyText="bianzhi.common.notBuilt" />
          <DayField source="localAreaNetworkBuiltOn" emptyText="bianzhi.common.notBuilt" />
          <DayField source="paperlessOfficeBuiltOn" emptyText="bianzhi.common.notBuilt" />
          <IndicatorField indicator="intranetSite" label="resources.bureaus.fields.indicators.intranetSite" />
          <IndicatorField indicator="extranetSite" label="resources.bureaus.fields.indicators.extranetSite" />
          <DayField source="partyIntranetConnectedOn" emptyText="bianzhi.common.notBuilt" />
        </Tab>
        <Tab label="bianzhi.tree.units" path="units">
          <BureauBreadcrumbs />
          <ReferenceManyField reference="units" target="bureauId" label={false}>
            <Datagrid rowClick="show" bulkActionButtons={false}>
              <TextField source="name" />
              <EnumField source="rank" enumName="InstitutionRank" />
              <NumberField source="activeStaffCount" />
            </Datagrid>
          </ReferenceManyField>
        </Tab>
        <Tab label="bianzhi.tree.subtreeStaff" path="staff">
          <BureauBreadcrumbs />
          <SubtreeStaff />
        </Tab>
        <Tab label="bianzhi.tree.subtreeAlerts" path="alerts">
          <BureauBreadcrumbs />
          <SubtreeAlerts />
        </Tab>
        <Tab label="bianzhi.tree.websites" path="websites">
          <BureauBreadcrumbs />
          <ReferenceManyField reference="websites" target="bureauId" label={false}>
            <Datagrid rowClick="show" bulkActionButtons={false}>
              <TextField source="title" />
              <TextField source="address" translate="no" />
              <EnumField source="network" enumName="WebsiteNetwork" />
              <DayField source="lastUpdatedOn" />
              <StaleChip source="stale" />
            </Datagrid>
          </ReferenceManyField>
        </Tab>
      </TabbedShowLayout>
    </Show>
  );
}
