import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { Chip } from '@mui/material';
import { BooleanInput, Button, Link, FunctionField, NumberField, TextField, TextInput, useTranslate } from 'react-admin';
import { DayField } from '../common/DayField';
import { bureauFilter } from '../common/list-filters';
import type { CsvColumn } from '../common/csv-exporter';
import { HintedSearchInput, RegistryDatagrid, RegistryList } from '../common/RegistryList';
import { EnumField, EnumInput } from '../common/enums';

const filters = [
  <HintedSearchInput key="q" source="q" alwaysOn hint="bianzhi.lists.institutionSearch" />,
  <TextInput key="creditCode" source="creditCode" />,
  bureauFilter(),
  bureauFilter({ source: 'bureauId' }),
  <BooleanInput key="topLevel" source="topLevel" />,
  <EnumInput key="kind" source="kind" enumName="InstitutionKind" />,
  <EnumInput key="nature" source="nature" enumName="InstitutionNature" />,
  <EnumInput key="rank" source="rank" enumName="InstitutionRank" />,
  <BooleanInput key="overStaffed" source="overStaffed" />,
];

/** The CSV export's columns, in this order. */
const csvColumns: CsvColumn[] = [
  { source: 'name' },
  { source: 'shortName' },
  { source: 'creditCode' },
  { source: 'bureau.name' },
  { source: 'supervisingInstitution.name' },
  { source: 'kind', enumName: 'InstitutionKind' },
  { source: 'nature', enumName: 'InstitutionNature' },
  { source: 'funding', enumName: 'FundingForm' },
  { source: 'rank', enumName: 'InstitutionRank' },
  { source: 'establishedOn' },
  { source: 'activeStaffCount' },
  { source: 'overStaffed' },
];

/** 超编或超职数, or within its headcount and positions. */
function OverStaffedChip(_props: { source?: string; label?: string; sortable?: boolean }) {
  const translate = useTranslate();
  return (
    <FunctionField
      source="overStaffed"
      sortable={false}
      render={(institution: { overStaffed: boolean }) =>
        institution.overStaffed ? (
          <Chip size="small" color="error" label={translate('bianzhi.institution.overStaffed')} />
        ) : (
          <Chip size="small" variant="outlined" color="success" label={translate('bianzhi.staffing.withinQuota')} />
        )
      }
    />
  );
}

/** Every organ and public institution (机构) in the user's jurisdiction, existing ones. */
export function InstitutionList() {
  return (
    <RegistryList
      csvColumns={csvColumns}
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      createLabel="bianzhi.institutionActions.establish"
      extraActions={
        <Button component={Link} to="/institution-tree" label="bianzhi.institutionTree.title">
          <AccountTreeIcon />
        </Button>
      }
    >
      <RegistryDatagrid rowClick="show">
        <TextField source="name" />
        <TextField source="creditCode" translate="no" emptyText="—" />
        <TextField source="bureau.name" sortable={false} />
        <EnumField source="kind" enumName="InstitutionKind" />
        <EnumField source="nature" enumName="InstitutionNature" sortable={false} />
        <EnumField source="rank" enumName="InstitutionRank" />
        <DayField source="establishedOn" />
        <NumberField source="activeStaffCount" sortable={false} />
        <OverStaffedChip source="overStaffed" />
      </RegistryDatagrid>
    </RegistryList>
  );
}
