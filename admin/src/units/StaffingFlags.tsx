import { Chip, Stack } from '@mui/material';
import { FunctionField, useTranslate } from 'react-admin';

interface Staffing {
  staffing: { overStaffed: boolean }[];
  institution: { leadershipStaffing: { overPositions: boolean }[] };
}

/** 超编 / 超职数 flags of a unit: over-staffed in some quota category, over positions in some leadership tier. */
export function StaffingFlags({ label }: { label?: string }) {
  const translate = useTranslate();
  return (
    <FunctionField
      label={label ?? 'bianzhi.staffing.title'}
      render={(unit: Staffing) => {
        const overStaffed = unit.staffing.some((category) => category.overStaffed);
        const overPositions = unit.institution.leadershipStaffing.some((tier) => tier.overPositions);
        if (!overStaffed && !overPositions) return <Chip size="small" variant="outlined" color="success" label={translate('bianzhi.staffing.withinQuota')} />;
        return (
          <Stack direction="row" spacing={0.5}>
            {overStaffed ? <Chip size="small" color="error" label={translate('bianzhi.staffing.overStaffed')} /> : null}
            {overPositions ? <Chip size="small" color="warning" label={translate('bianzhi.staffing.overPositions')} /> : null}
          </Stack>
        );
      }}
    />
  );
}
