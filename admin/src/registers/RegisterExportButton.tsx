import GridOnIcon from '@mui/icons-material/GridOn';
import { Button, useGetOne, useNotify } from 'react-admin';
import { downloadWithToken } from '../common/download';

/** 导出实名制人员: a bureau's people in post as the staff register's workbook, in the import template's shape. */
export function StaffRegisterExportButton({ code, label = 'bianzhi.registers.exportStaff' }: { code: string | undefined; label?: string }) {
  const notify = useNotify();
  if (!code) return null;
  return (
    <Button
      label={label}
      data-testid="export-staff-register"
      onClick={() => downloadWithToken(`/registers/${code}/staff.xlsx`, `staff-register-${code}.xlsx`).catch((error: Error) => notify(error.message, { type: 'error' }))}
    >
      <GridOnIcon />
    </Button>
  );
}

/** The export of the register of the bureau an institution belongs to (an institution's page knows its bureau's id, not its code). */
export function BureauStaffRegisterExportButton({ bureauId }: { bureauId: string | undefined }) {
  const { data: bureau } = useGetOne<{ id: string; code: string }>('bureaus', { id: bureauId ?? '' }, { enabled: !!bureauId });
  return <StaffRegisterExportButton code={bureau?.code} label="bianzhi.registers.exportBureauStaff" />;
}
