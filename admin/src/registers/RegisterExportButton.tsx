import GridOnIcon from '@mui/icons-material/GridOn';
import { Button, useGetOne, useNotify } from 'react-admin';
import { downloadWithToken } from '../common/download';
import type { RegisterName } from './register-names';

/** 导出实名制人员 / 导出机构 / 导出三定: a bureau's register as its workbook, in the import template's shape. */
export function RegisterExportButton({ register, code, label = `bianzhi.registers.export.${register}` }: { register: RegisterName; code: string | undefined; label?: string }) {
  const notify = useNotify();
  if (!code) return null;
  return (
    <Button
      label={label}
      data-testid={`export-${register}-register`}
      onClick={() => downloadWithToken(`/registers/${code}/${register}.xlsx`, `${register}-register-${code}.xlsx`).catch((error: Error) => notify(error.message, { type: 'error' }))}
    >
      <GridOnIcon />
    </Button>
  );
}

/** The export of a register of the bureau an institution belongs to (an institution's page knows its bureau's id, not its code). */
export function BureauRegisterExportButton({ register, bureauId, label }: { register: RegisterName; bureauId: string | undefined; label?: string }) {
  const { data: bureau } = useGetOne<{ id: string; code: string }>('bureaus', { id: bureauId ?? '' }, { enabled: !!bureauId });
  return <RegisterExportButton register={register} code={bureau?.code} label={label} />;
}
