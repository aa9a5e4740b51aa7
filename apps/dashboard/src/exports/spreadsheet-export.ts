import type { Exporter, FetchRelatedRecords, RaRecord } from 'react-admin';
import { formatDate, formatDateTime } from '../fields/dates';
import { i18nProvider } from '../i18n/i18nProvider';

/** One column of an export: a field of the record, worded as the list shows it. */
export interface ExportColumn {
  source: string;
  /** Translation key of the header; by default the resource's field label. */
  label?: string;
  /** `date`: YYYY-MM-DD; `datetime`: an instant; `reference`: an id of `reference`; `choice(s)`: codes under `prefix`. */
  kind?: 'text' | 'date' | 'datetime' | 'reference' | 'choice' | 'choices';
  reference?: string;
  prefix?: string;
  /** The cell's text worked out from the whole record (a process's title, a task's addressee). */
  value?: (record: RaRecord) => string;
}

const SEPARATOR = ';';
/** Excel opens a UTF-8 file with umlauts correctly only with a byte order mark. */
const BOM = '\uFEFF';

const quote = (text: string) => (/[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

const nameOf = (record: RaRecord | undefined) =>
  record ? String(record.name ?? record.title ?? record.email ?? record.id) : '';

function cell(
  column: ExportColumn,
  record: RaRecord,
  related: Record<string, Record<string, RaRecord>>,
  locale: string,
): string {
  if (column.value) return column.value(record);
  const value: unknown = record[column.source];
  if (value === null || value === undefined || value === '') return '';
  const translate = (key: string) => i18nProvider.translate(key, { _: String(value) });
  switch (column.kind) {
    case 'date':
      return formatDate(String(value), locale);
    case 'datetime':
      return formatDateTime(String(value), locale);
    case 'reference':
      return nameOf(related[column.source]?.[String(value)]);
    case 'choice':
      return i18nProvider.translate(`${column.prefix}.${String(value)}`, { _: String(value) });
    case 'choices':
      return Array.isArray(value)
        ? value
            .map((item) => i18nProvider.translate(`${column.prefix}.${String(item)}`, { _: String(item) }))
            .join(', ')
        : translate(String(value));
    default:
      return Array.isArray(value) ? value.join(', ') : String(value);
  }
}

/** The CSV text (with BOM) of `records`; `related` holds the referenced records per source field. */
export function spreadsheetCsv(
  resource: string,
  columns: ExportColumn[],
  records: RaRecord[],
  related: Record<string, Record<string, RaRecord>>,
  locale: string,
): string {
  const header = columns.map((column) =>
    quote(i18nProvider.translate(column.label ?? `resources.${resource}.fields.${column.source}`)),
  );
  const rows = records.map((record) =>
    columns.map((column) => quote(cell(column, record, related, locale))).join(SEPARATOR),
  );
  return BOM + [header.join(SEPARATOR), ...rows].join('\r\n');
}

/**
 * A list's export for German spreadsheets: headers as the list labels them, names instead of ids, labels
 * instead of codes, dates as dd.MM.yyyy, `;` between the fields and a byte order mark.
 */
export function spreadsheetExport(resource: string, columns: ExportColumn[]): Exporter {
  return async (records: RaRecord[], fetchRelated: FetchRelatedRecords) => {
    const related: Record<string, Record<string, RaRecord>> = {};
    for (const column of columns) {
      if (column.kind === 'reference' && column.reference) {
        related[column.source] = (await fetchRelated(records, column.source, column.reference)) as Record<
          string,
          RaRecord
        >;
      }
    }
    const csv = spreadsheetCsv(resource, columns, records, related, i18nProvider.getLocale());
    downloadCsv(i18nProvider.translate(`resources.${resource}.name`, { smart_count: 2 }), csv);
  };
}

/** Hands the CSV text to the browser as the file `<name>.csv`. */
export function downloadCsv(name: string, csv: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  link.download = `${name}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
}
