import { SearchInput } from 'react-admin';
import type { CsvColumn } from '../common/csv-exporter';
import { RegistryList } from '../common/RegistryList';
import { EnumInput } from '../common/enums';
import { BureauTree } from './BureauTree';
import { withCountsFilter } from './bureaus.data';

/** The most bureaus the API gives in one page: the whole jurisdiction, read at once for the tree (Guizhou has 99). */
const wholeTree = 1000;

const filters = [<SearchInput key="q" source="q" alwaysOn />, <EnumInput key="level" source="level" enumName="BureauLevel" />];

/** The CSV export's columns, in this order. */
const csvColumns: CsvColumn[] = [
  { source: 'code' },
  { source: 'name' },
  { source: 'divisionName' },
  { source: 'level', enumName: 'BureauLevel' },
  { source: 'documentExchangeBuiltOn' },
  { source: 'localAreaNetworkBuiltOn' },
  { source: 'paperlessOfficeBuiltOn' },
  { source: 'indicators.intranetSite.built', label: 'resources.bureaus.fields.indicators.intranetSite' },
  { source: 'indicators.extranetSite.built', label: 'resources.bureaus.fields.indicators.extranetSite' },
  { source: 'partyIntranetConnectedOn' },
  { source: 'establishmentStatistics.institutions', label: 'bianzhi.tree.counts.institutions' },
  { source: 'establishmentStatistics.activeStaff', label: 'bianzhi.tree.counts.activeStaff' },
  { source: 'establishmentStatistics.overInstitutions', label: 'bianzhi.tree.counts.overInstitutions' },
];

/** The bureau tree (see BureauTree): the whole jurisdiction with its counts in one request, searched and filtered by the API. */
export function BureauList() {
  return (
    <RegistryList
      csvColumns={csvColumns}
      sort={{ field: 'path', order: 'ASC' }}
      perPage={wholeTree}
      pagination={false}
      filter={withCountsFilter}
      filters={filters}
    >
      <BureauTree />
    </RegistryList>
  );
}
