import type { ReactNode } from 'react';
import { CreateButton, List, TopToolbar, useResourceContext, useTranslate, type ListProps } from 'react-admin';
import { csvExporter, type CsvColumn } from './csv-exporter';
import { ExportAllButton } from './ExportAllButton';

/**
 * A registry list: 25 rows a page, a create button for those who may create
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
          <CreateButton label={createLabel} />
          <ExportAllButton />
        </TopToolbar>
      }
    >
      {children}
    </List>
  );
}
