import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { Chip } from '@mui/material';
import { AutocompleteInput, BooleanInput, Button, Datagrid, Link, FunctionField, NumberField, ReferenceInput, SearchInput, TextField, TextInput, useTranslate } from 'react-admin';
import { DayField } from '../common/DayField';
import type { CsvColumn } from '../common/csv-exporter';
import { RegistryList } from '../common/RegistryList';
import { EnumField, EnumInput } from '../common/enums';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TextInput key="creditCode" source="creditCode" />,
  <ReferenceInput key="underBureauId" source="underBureauId" reference="bureaus" sort={{ field: 'path', order: 'ASC' }} perPage={200}>
    <AutocompleteInput optionText="name" filterToQuery={(text) => ({ q: text })} />
  </ReferenceInput>,
  <ReferenceInput key="bureauId" source="bureauId" reference="bureaus" sort={{ field: 'path', order: 'ASC' }} perPage={200}>
    <AutocompleteInput optionText="name" filterToQuery={(text) => ({ q: text })} />
  </ReferenceInput>,
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
      createLabel="bianzhi.institutionActions.establish"
      extraActions={
        <Button component={Link} to="/institution-tree" label="bianzhi.institutionTree.title">
          <AccountTreeIcon />
        </Button>
      }
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="creditCode" translate="no" emptyText="—" />
        <TextField source="bureau.name" sortable={false} />
        <EnumField source="kind" enumName="InstitutionKind" sortable />
        <EnumField source="nature" enumName="InstitutionNature" sortable={false} />
        <EnumField source="rank" enumName="InstitutionRank" sortable />
        <DayField source="establishedOn" />
        <NumberField source="activeStaffCount" sortable={false} />
        <OverStaffedChip source="overStaffed" />
      </Datagrid>
    </RegistryList>
  );
}
