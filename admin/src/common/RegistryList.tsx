import DownloadIcon from '@mui/icons-material/GetApp';
import type { ReactNode } from 'react';
import {
  Button,
  CreateButton,
  DatagridConfigurable,
  FilterButton,
  List,
  SearchInput,
  SelectColumnsButton,
  TopToolbar,
  fetchRelatedRecords,
  useDataProvider,
  useListContext,
  useNotify,
  useResourceContext,
  useStore,
  useTranslate,
  type DatagridConfigurableProps,
  type ListProps,
  type RaRecord,
  type SearchInputProps,
} from 'react-admin';
import { csvExporter, type CsvColumn } from './csv-exporter';
import { ExportAllButton } from './ExportAllButton';

/** The list's search box, saying what it finds (a message key), e.g. 姓名或公民身份号码. */
export function HintedSearchInput({ hint, ...props }: SearchInputProps & { hint: string }) {
  const translate = useTranslate();
  return <SearchInput placeholder={translate(hint)} sx={{ minWidth: '16em' }} {...props} />;
}

/** The column chooser, once the list's configurable datagrid has said which columns it has. */
function ColumnsButton() {
  const resource = useResourceContext();
  const [columns] = useStore<unknown[]>(`preferences.${resource}.datagrid.availableColumns`, []);
  return columns.length > 0 ? <SelectColumnsButton /> : null;
}

/**
 * Exports the selected rows with the list's exporter: those on the page as
 * shown, any selected on other pages read again.
 */
export function BulkExportSelectedButton() {
  const { data = [], selectedIds, exporter, resource } = useListContext();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const exportSelected = async () => {
    const onPage = data.filter((record: RaRecord) => selectedIds.includes(record.id));
    const elsewhere = selectedIds.filter((id) => !onPage.some((record: RaRecord) => record.id === id));
    const read = elsewhere.length > 0 ? (await dataProvider.getMany(resource, { ids: elsewhere })).data : [];
    if (exporter) await exporter([...onPage, ...read], fetchRelatedRecords(dataProvider), dataProvider, resource);
  };
  // The bulk toolbar stays in the page, hidden, while nothing is selected: so that its button is not a second 导出 then.
  if (selectedIds.length === 0) return null;
  return (
    <Button
      label="ra.action.export"
      onClick={() => {
        exportSelected().catch((error: unknown) => {
          console.error(error);
          notify('ra.notification.http_error', { type: 'error' });
        });
      }}
    >
      <DownloadIcon />
    </Button>
  );
}

/**
 * A registry list's table: the columns the user chose (SelectColumnsButton),
 * and the selected rows exported as CSV unless the list says otherwise.
 */
export function RegistryDatagrid({ bulkActionButtons = <BulkExportSelectedButton />, ...props }: DatagridConfigurableProps) {
  return <DatagridConfigurable bulkActionButtons={bulkActionButtons} {...props} />;
}

/**
 * A registry list: 25 rows a page, its filters offered by the "add filter"
 * button, a column chooser, a create button for those who may create
 * (react-admin asks the auth provider), and CSV export of the whole list as
 * filtered with these columns, in the user's language.
 */
export function RegistryList({
  csvColumns,
  createLabel,
  extraActions,
  children,
  ...props
}: Omit<ListProps, 'exporter' | 'actions'> & { csvColumns: CsvColumn[]; createLabel?: string; extraActions?: ReactNode; children: ReactNode }) {
  const resource = useResourceContext(props)!;
  const translate = useTranslate();
  return (
    <List
      perPage={25}
      {...props}
      exporter={csvExporter(resource, csvColumns, translate)}
      actions={
        <TopToolbar>
          {extraActions}
          {props.filters ? <FilterButton /> : null}
          <ColumnsButton />
          <CreateButton label={createLabel} />
          <ExportAllButton />
        </TopToolbar>
      }
    >
      {children}
    </List>
  );
}
