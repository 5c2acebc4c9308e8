import PrintIcon from '@mui/icons-material/Print';
import { Box, GlobalStyles, Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Button, Link, Title, useTranslate } from 'react-admin';

/**
 * On paper only the sheet is left: react-admin's app bar, menu and every
 * button are hidden, and the sheet loses its card's shadow and margins.
 */
const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        '.MuiAppBar-root, .MuiDrawer-root, [class*="RaSidebar-"], .RaNotification, button, [data-print="hidden"]': { display: 'none !important' },
        '.RaLayout-appFrame': { marginTop: '0 !important' },
        'body, .RaLayout-content, .RaLayout-root': { background: 'white !important' },
        '[data-print="sheet"]': { boxShadow: 'none !important', margin: '0 !important', padding: '0 !important' },
        '@page': { size: 'A4', margin: '18mm' },
      },
    }}
  />
);

/** The button of a show page that opens its printable document. */
export function PrintButton({ to }: { to: string }) {
  return (
    <Button component={Link} to={to} label="bianzhi.print.print" data-testid="open-print">
      <PrintIcon />
    </Button>
  );
}

/** A printable document (通知单, 管理证): a title, its issuer, and the sheet, with a button to print it. */
export function PrintSheet({ title, issuer, children }: { title: string; issuer?: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 2 }}>
      {printStyles}
      <Title title={title} />
      <Stack direction="row" spacing={1} sx={{ mb: 2 }} data-print="hidden">
        <Button label="bianzhi.print.print" onClick={() => window.print()} variant="contained">
          <PrintIcon />
        </Button>
      </Stack>
      <Paper data-print="sheet" data-testid="print-sheet" sx={{ maxWidth: 820, mx: 'auto', p: 5 }}>
        <Typography variant="h5" component="h1" align="center" sx={{ mb: 1, letterSpacing: 4 }}>
          {translate(title)}
        </Typography>
        {issuer ? (
          <Typography align="center" color="text.secondary" sx={{ mb: 3 }}>
            {issuer}
          </Typography>
        ) : null}
        {children}
      </Paper>
    </Box>
  );
}

/** A form's rows of label and value, as printed documents set them out. */
export function PrintRows({ rows }: { rows: [label: string, value: ReactNode][] }) {
  const translate = useTranslate();
  return (
    <Box component="table" sx={{ width: '100%', borderCollapse: 'collapse', '& th, & td': { border: '1px solid #555', p: 1, textAlign: 'left', verticalAlign: 'top' }, '& th': { width: '28%', fontWeight: 500 } }}>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{translate(label)}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </Box>
  );
}
