import DownloadIcon from '@mui/icons-material/Download';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Button, Card, CardContent, CardHeader, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useState, type ChangeEvent } from 'react';
import { Title, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { downloadWithToken } from '../common/download';
import { readSession } from '../graphql/session';
import { currentLanguage } from '../i18n/i18n-provider';
import { translateServerError } from '../i18n/server-errors';
import { BureauPicker, type PickedBureau } from './BureauPicker';
import { ImportProblems } from './ImportProblems';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportSummary } from './ImportSummary';
import { RegisterExportButton } from './RegisterExportButton';
import { registerNames, type RegisterName } from './register-names';
import { uploadRegister, type ImportReport, type UploadAnswer, type UploadStep } from './upload-register';

type Stage = 'idle' | 'checking' | 'checked' | 'committing' | 'committed';

/** The user's own bureau, where an import starts. */
function ownBureau(): PickedBureau | null {
  const bureau = readSession()?.account.bureau;
  return bureau ? { id: bureau.id, code: bureau.code, name: bureau.name } : null;
}

/**
 * 批量导入 of a register (实名制人员信息表, 机构信息表 or 三定信息表, chosen on
 * the page): a bureau's register from a workbook of its template. 检查 uploads it as a dry run (nothing written) and lists every
 * problem by sheet, row and column; 导入 commits the same file, all or
 * nothing, once the check found no error. Administrators only.
 */
export function RegisterImport() {
  const translate = useTranslate();
  const notify = useNotify();
  const { canAccess: mayImport, isPending } = useCanAccess({ resource: 'registers', action: 'import' });
  const [register, setRegister] = useState<RegisterName>('staff');
  const [bureau, setBureau] = useState<PickedBureau | null>(ownBureau);
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>('idle');
  const [step, setStep] = useState<UploadStep | null>(null);
  const [answer, setAnswer] = useState<UploadAnswer | null>(null);

  const reset = () => {
    setStage('idle');
    setAnswer(null);
    setStep(null);
  };
  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null);
    // The same file chosen again, after fixing it, is a change too.
    event.target.value = '';
    reset();
  };
  const upload = (commit: boolean) => {
    if (!bureau || !file) return;
    setStage(commit ? 'committing' : 'checking');
    setStep(null);
    uploadRegister(register, bureau.code, file, commit, setStep).then(
      (next) => {
        // A refused commit (the registry changed since the check) still reports what it found: back to the check's state.
        setAnswer(next.report || !commit ? next : { ...next, report: answer?.report });
        setStage(commit && next.report?.committed ? 'committed' : next.report ? 'checked' : 'idle');
      },
      () => {
        notify('bianzhi.errors.network', { type: 'error' });
        setStage(commit ? 'checked' : 'idle');
      },
    );
  };

  if (isPending) return null;
  if (!mayImport) {
    return (
      <>
        <Title title="bianzhi.registers.importTitle" />
        <Alert severity="info" sx={{ mt: 2 }}>
          {translate('bianzhi.registers.administratorsOnly')}
        </Alert>
      </>
    );
  }
  const busy = stage === 'checking' || stage === 'committing';
  const report = answer?.report;
  const refusal = answer?.errors?.[0];
  const mayCommit = stage === 'checked' && !!report && !report.committed && report.errors === 0 && !refusal;
  return (
    <>
      <Title title="bianzhi.registers.importTitle" />
      <Stack spacing={2} sx={{ mt: 2 }}>
        <Card>
          <CardHeader title={translate(`bianzhi.registers.sheets.${register}`)} subheader={translate('bianzhi.registers.explanation')} />
          <CardContent>
            <Stack spacing={2}>
              <ToggleButtonGroup
                exclusive
                size="small"
                color="primary"
                value={register}
                disabled={busy}
                onChange={(_, chosen: RegisterName | null) => {
                  if (!chosen) return;
                  setRegister(chosen);
                  reset();
                }}
                aria-label={translate('bianzhi.registers.register')}
                data-testid="import-register"
              >
                {registerNames.map((name) => (
                  <ToggleButton key={name} value={name}>
                    {translate(`bianzhi.registers.kinds.${name}`)}
                  </ToggleButton>
                ))}
              </ToggleButtonGroup>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
                <BureauPicker
                  value={bureau}
                  onChange={(picked) => {
                    setBureau(picked);
                    reset();
                  }}
                />
                <Button
                  startIcon={<DownloadIcon />}
                  data-testid="download-template"
                  onClick={() =>
                    downloadWithToken(`/registers/templates/${register}.xlsx`, `${register}-register-template.xlsx`).catch((error: Error) => notify(error.message, { type: 'error' }))
                  }
                >
                  {translate('bianzhi.registers.template')}
                </Button>
                <RegisterExportButton register={register} code={bureau?.code} />
              </Stack>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                <Button variant="outlined" component="label" startIcon={<UploadFileIcon />} disabled={busy}>
                  {translate('bianzhi.registers.chooseFile')}
                  <input hidden type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={chooseFile} data-testid="import-file" />
                </Button>
                <Typography data-testid="import-file-name" translate="no">
                  {file?.name ?? translate('bianzhi.registers.noFile')}
                </Typography>
              </Stack>
              <Stack direction="row" spacing={2}>
                <Button variant="contained" startIcon={<FactCheckIcon />} disabled={!bureau || !file || busy} onClick={() => upload(false)} data-testid="import-check">
                  {translate('bianzhi.registers.check')}
                </Button>
                <Button variant="contained" color="success" disabled={!mayCommit} onClick={() => upload(true)} data-testid="import-commit">
                  {translate('bianzhi.registers.commit')}
                </Button>
              </Stack>
              {busy ? <ImportProgressBar step={step} /> : null}
            </Stack>
          </CardContent>
        </Card>
        {refusal ? (
          <Alert severity="error" data-testid="import-refused">
            {translateServerError(refusal, currentLanguage())}
          </Alert>
        ) : null}
        {report ? (
          <Card data-testid="import-report">
            <CardHeader
              title={translate(report.committed ? 'bianzhi.registers.committedTitle' : 'bianzhi.registers.checkedTitle', { file: report.file.name, bureau: report.bureau.name })}
            />
            <CardContent>
              <Stack spacing={2}>
                <ImportSummary report={report} />
                <ImportOutcome register={register} report={report} refused={!!refusal} />
                <ImportProblems report={report} />
              </Stack>
            </CardContent>
          </Card>
        ) : null}
      </Stack>
    </>
  );
}

/** What the user may do next: fix the file, import it, or nothing (it is in). */
function ImportOutcome({ register, report, refused }: { register: RegisterName; report: ImportReport; refused: boolean }) {
  const translate = useTranslate();
  if (report.committed) {
    return (
      <Alert severity="success" data-testid="import-outcome">
        {translate(`bianzhi.registers.committed.${register}`, { created: report.created, changed: report.changed, unchanged: report.unchanged })}
      </Alert>
    );
  }
  if (refused) return null;
  if (report.errors > 0) {
    return (
      <Alert severity="error" data-testid="import-outcome">
        {translate('bianzhi.registers.fixErrors', { errors: report.errors })}
      </Alert>
    );
  }
  return (
    <Alert severity={report.warnings > 0 ? 'warning' : 'info'} data-testid="import-outcome">
      {translate(report.warnings > 0 ? 'bianzhi.registers.readyWithWarnings' : 'bianzhi.registers.ready', { warnings: report.warnings })}
    </Alert>
  );
}
