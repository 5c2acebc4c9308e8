import GridOnIcon from '@mui/icons-material/GridOn';
import PrintIcon from '@mui/icons-material/Print';
import { Card, CardContent, CardHeader, GlobalStyles, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useRef, useState, type ReactNode, type RefObject } from 'react';
import { Button, useNotify } from 'react-admin';
import { downloadSurveySheet, type SurveySheet } from './survey-sheets';

/**
 * The dashboard on paper, after PrintSheet's conventions: react-admin's app
 * bar, menu and buttons left out (by MUI's button classes, not every
 * `<button>`: the establishment table's drill-down names are buttons), no
 * shadows; charts shrink to the page's width. A card printed alone (its own
 * print button) marks itself `data-printing` and the body `data-print-only`:
 * the rest is left out.
 */
export const dashboardPrintStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        '.MuiAppBar-root, .MuiDrawer-root, [class*="RaSidebar-"], .RaNotification, .MuiButton-root, .MuiIconButton-root, [data-print="hidden"]': { display: 'none !important' },
        '.RaLayout-appFrame': { marginTop: '0 !important' },
        'body, .RaLayout-content, .RaLayout-root': { background: 'white !important' },
        '.MuiCard-root': { boxShadow: 'none !important', border: '1px solid #ccc' },
        '.MuiTableCell-root': { padding: '3px 6px !important', fontSize: '9pt !important' },
        '.recharts-wrapper, .recharts-legend-wrapper': { maxWidth: '100% !important' },
        '.recharts-surface': { maxWidth: '100%', height: 'auto' },
        '.recharts-responsive-container': { breakInside: 'avoid' },
        'body[data-print-only] [data-dashboard] > *:not(:has([data-printing]))': { display: 'none !important' },
        'body[data-print-only] [data-dashboard] > *': { maxWidth: '100% !important', flexBasis: '100% !important', width: '100% !important' },
        '@page': { size: 'A4', margin: '12mm' },
      },
    }}
  />
);

/** Prints the card alone: everything else on the dashboard is left off the page until the print dialog closes. */
function printCard(card: HTMLElement): void {
  card.dataset.printing = 'true';
  document.body.dataset.printOnly = 'true';
  const done = () => {
    delete card.dataset.printing;
    delete document.body.dataset.printOnly;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

function SurveyActions({ sheet, card }: { sheet: SurveySheet; card: RefObject<HTMLDivElement | null> }) {
  const notify = useNotify();
  const [exporting, setExporting] = useState(false);
  const exportSheet = () => {
    setExporting(true);
    downloadSurveySheet(sheet)
      .catch((error: Error) => notify(error.message, { type: 'error' }))
      .finally(() => setExporting(false));
  };
  return (
    <Stack direction="row" spacing={1}>
      <Button label="bianzhi.dashboard.exportXlsx" onClick={exportSheet} disabled={exporting} data-testid="export-xlsx">
        <GridOnIcon />
      </Button>
      <Button label="bianzhi.print.print" onClick={() => card.current && printCard(card.current)} data-testid="print-card">
        <PrintIcon />
      </Button>
    </Stack>
  );
}

/** A card of the dashboard holding a survey table: its title, and, when it has figures, its XLSX export and print buttons. */
export function SurveyCard({ title, sheet, testId, children }: { title: string; sheet?: SurveySheet; testId?: string; children: ReactNode }) {
  const card = useRef<HTMLDivElement>(null);
  return (
    <Card ref={card} data-testid={testId}>
      <CardHeader title={title} action={sheet ? <SurveyActions sheet={sheet} card={card} /> : null} sx={{ flexWrap: 'wrap', '& .MuiCardHeader-action': { alignSelf: 'center' } }} />
      <CardContent>{children}</CardContent>
    </Card>
  );
}

const headerCell = { whiteSpace: 'nowrap' } as const;

/** A sheet as a table on the page: the same figures the export writes, percent to two decimals. */
export function SheetTable({ sheet, testId }: { sheet: SurveySheet; testId?: string }) {
  const format = (cell: string | number, index: number) => (sheet.columns[index].percent && typeof cell === 'number' ? `${cell.toFixed(2)}%` : cell);
  return (
    <TableContainer>
      <Table size="small" data-testid={testId}>
        <TableHead>
          <TableRow>
            {sheet.columns.map((column, index) => (
              <TableCell key={`${column.group ?? ''}${column.label}`} align={index === 0 ? 'left' : 'right'} sx={headerCell}>
                {column.label}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {sheet.rows.map((row, rowIndex) => (
            <TableRow key={String(row[0])} sx={rowIndex === sheet.rows.length - 1 ? { '& td': { fontWeight: 'bold' } } : undefined}>
              {row.map((cell, index) => (
                <TableCell key={`${sheet.columns[index].group ?? ''}${sheet.columns[index].label}`} align={index === 0 ? 'left' : 'right'} sx={headerCell}>
                  {format(cell, index)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
