import DownloadIcon from '@mui/icons-material/GetApp';
import { useState } from 'react';
import { Button, fetchRelatedRecords, useDataProvider, useListContext, useNotify, type RaRecord } from 'react-admin';

/** The most rows the API gives in one page (server/common/list-arguments.ts). */
const pageSize = 1000;

/**
 * Exports the whole list as filtered and sorted, not only its first 1,000
 * rows as react-admin's ExportButton does: the rows are read a page of 1,000
 * at a time until the list's total, then handed to the list's exporter.
 */
export function ExportAllButton() {
  const { filter, filterValues, resource, sort, exporter, total } = useListContext();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const exportAll = async () => {
    const records: RaRecord[] = [];
    for (let page = 1; ; page += 1) {
      const { data, total: count } = await dataProvider.getList(resource, {
        sort,
        filter: filter ? { ...filterValues, ...filter } : filterValues,
        pagination: { page, perPage: pageSize },
      });
      records.push(...data);
      if (data.length < pageSize || (count !== undefined && records.length >= count)) break;
    }
    if (exporter) await exporter(records, fetchRelatedRecords(dataProvider), dataProvider, resource);
  };
  return (
    <Button
      label="ra.action.export"
      disabled={total === 0 || busy}
      onClick={() => {
        setBusy(true);
        exportAll()
          .catch((error: unknown) => {
            console.error(error);
            notify('ra.notification.http_error', { type: 'error' });
          })
          .finally(() => setBusy(false));
      }}
    >
      <DownloadIcon />
    </Button>
  );
}
