import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

const colors = {
  DRAFT: 'default',
  NOT_SUBMITTED: 'default',
  SUBMITTED: 'info',
  RETURNED: 'warning',
  ACCEPTED: 'success',
} as const;

/** Where a return stands (报表状态), or a bureau's standing in the year (报送进度), in a colour of its own. */
export function StatusChip({ enumName, value }: { enumName: 'AnnualReturnStatus' | 'ReportStanding'; value: keyof typeof colors }) {
  const translate = useTranslate();
  return <Chip size="small" color={colors[value]} label={translate(`enums.${enumName}.${value}`)} data-testid="return-status" data-status={value} />;
}
