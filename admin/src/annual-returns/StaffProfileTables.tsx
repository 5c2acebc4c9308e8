import { Grid, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { CountTable } from '../dashboard/EstablishmentFigures';
import type { ShownReturn } from './return-steps';

const people = 'bianzhi.annualReport.people';

/** 实名制人员结构: active staff by gender, education and age band at the cut-off, as frozen. */
export function StaffProfileTables({ profile }: { profile: ShownReturn['staffProfile'] }) {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="subtitle1" data-testid="staff-profile-total">
        {translate('bianzhi.annualReport.staffTotal', { count: profile.total })}
      </Typography>
      <Grid container spacing={2} sx={{ mt: 1 }}>
        <Grid size={{ xs: 12, md: 4 }}>
          <CountTable title="resources.staff.fields.gender" enumName="Gender" countLabel={people} rows={profile.byGender.map((row) => ({ value: row.gender, count: row.count }))} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <CountTable title="resources.staff.fields.education" enumName="Education" countLabel={people} rows={profile.byEducation.map((row) => ({ value: row.education, count: row.count }))} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <CountTable title="bianzhi.annualReport.ageBand" enumName="AgeBand" countLabel={people} rows={profile.byAgeBand.map((row) => ({ value: row.ageBand, count: row.count }))} />
        </Grid>
      </Grid>
    </>
  );
}
