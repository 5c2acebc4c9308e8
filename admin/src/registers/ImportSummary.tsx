import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportReport } from './upload-register';

const figures = ['rows', 'created', 'changed', 'unchanged', 'errors', 'warnings'] as const;

const figureColor = (figure: (typeof figures)[number], value: number) =>
  value > 0 && figure === 'errors' ? 'error.main' : value > 0 && figure === 'warnings' ? 'warning.main' : 'text.primary';

/** What a dry run found, or a commit did: rows read, to create (created), to change (changed), left alone, errors and warnings. */
export function ImportSummary({ report }: { report: ImportReport }) {
  const translate = useTranslate();
  const tense = report.committed ? 'done' : 'planned';
  return (
    <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap' }} data-testid="import-summary">
      {figures.map((figure) => (
        <Box key={figure} data-testid={`summary-${figure}`}>
          <Typography variant="body2" color="text.secondary">
            {translate(`bianzhi.registers.summary.${tense}.${figure}`)}
          </Typography>
          <Typography variant="h5" sx={{ color: figureColor(figure, report[figure]) }}>
            {report[figure].toLocaleString()}
          </Typography>
        </Box>
      ))}
    </Stack>
  );
}
