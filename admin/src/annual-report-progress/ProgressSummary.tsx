import { Box, Grid, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { enumValues } from '../common/enums';
import type { AnnualReportProgressQuery } from '../gql/graphql';

type Row = AnnualReportProgressQuery['annualReportProgress'][number];

/** How many bureaus under the top one stand where, and how many are overdue. */
export function ProgressSummary({ rows }: { rows: Row[] }) {
  const translate = useTranslate();
  const below = rows.slice(1);
  const figures = [
    ...enumValues.ReportStanding.map((standing) => ({ key: standing, label: translate(`enums.ReportStanding.${standing}`), count: below.filter((row) => row.standing === standing).length })),
    { key: 'OVERDUE', label: translate('bianzhi.annualReport.overdue'), count: below.filter((row) => row.overdue).length },
  ];
  return (
    <Grid container spacing={1} data-testid="progress-summary">
      {figures.map((figure) => (
        <Grid key={figure.key} size={{ xs: 6, sm: 4, md: 2.4 }}>
          <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1, textAlign: 'center' }}>
            <Typography variant="h6" data-testid={`progress-${figure.key}`}>
              {figure.count}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {figure.label}
            </Typography>
          </Box>
        </Grid>
      ))}
    </Grid>
  );
}
