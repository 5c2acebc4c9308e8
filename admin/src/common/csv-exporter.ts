import jsonExport from 'jsonexport/dist';
import { downloadCSV, type Exporter, type TranslateFunction } from 'react-admin';
import type { EnumName } from './enums';

export interface CsvColumn {
  /** Path in the record, e.g. `unit.name`. */
  source: string;
  /** Message key of the header; by default the resource's field label. */
  label?: string;
  enumName?: EnumName;
  /** Values that are message keys under this prefix, e.g. the audit trail's operations. */
  messagePrefix?: string;
}

function valueAt(record: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((object, key) => (object as Record<string, unknown> | null | undefined)?.[key], record);
}

/**
 * A CSV of the list as filtered, with headers and enum values in the user's
 * language. The byte-order mark makes Excel, which most offices use, read it
 * as UTF-8.
 */
export function csvExporter(resource: string, columns: CsvColumn[], translate: TranslateFunction): Exporter {
  return (records) => {
    const rows = records.map((record) =>
      Object.fromEntries(
        columns.map(({ source, label, enumName, messagePrefix }) => {
          const value = valueAt(record, source);
          const text =
            value === null || value === undefined
              ? ''
              : enumName
                ? translate(`enums.${enumName}.${String(value)}`)
                : messagePrefix
                  ? translate(`${messagePrefix}.${String(value)}`, { _: String(value) })
                : typeof value === 'boolean'
                  ? translate(value ? 'bianzhi.common.yes' : 'bianzhi.common.no')
                  : value;
          return [translate(label ?? `resources.${resource}.fields.${source}`), text];
        }),
      ),
    );
    jsonExport(rows, (error: Error | null, csv: string) => {
      if (error) throw error;
      downloadCSV(`\ufeff${csv}`, translate(`resources.${resource}.name`, { smart_count: 2 }));
    });
  };
}
