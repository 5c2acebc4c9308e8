import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { UploadStep } from './upload-register';

/** How far a share has gone, in whole percent. */
const percentOf = (done: number, total: number) => (total > 0 ? Math.min(100, Math.round((done * 100) / total)) : 0);

/**
 * The bar of a long upload: the file going up and the writing are measured
 * against a known total; reading and checking count rows without knowing
 * how many the file holds, so the bar only shows that work goes on.
 */
export function ImportProgressBar({ step }: { step: UploadStep | null }) {
  const translate = useTranslate();
  const current = step ?? { phase: 'uploading', sent: 0, total: 0 };
  const percent =
    current.phase === 'uploading' ? percentOf(current.sent, current.total) : current.phase === 'writing' ? percentOf(current.written, current.total) : null;
  const text =
    current.phase === 'uploading'
      ? translate('bianzhi.registers.phases.uploading', { percent })
      : current.phase === 'writing'
        ? translate('bianzhi.registers.phases.writing', { written: current.written, total: current.total })
        : translate(`bianzhi.registers.phases.${current.phase}`, { rows: current.rows });
  return (
    <Box data-testid="import-progress">
      <LinearProgress variant={percent === null ? 'indeterminate' : 'determinate'} value={percent ?? undefined} aria-label={text} />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {text}
      </Typography>
    </Box>
  );
}
