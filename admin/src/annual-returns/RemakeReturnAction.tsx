import RefreshIcon from '@mui/icons-material/Refresh';
import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ChangeDialog } from '../common/ChangeDialog';
import { FreezeAnnualReturnDocument } from '../gql/graphql';
import { execute } from '../graphql/client';
import type { ShownReturn } from './return-steps';

/** 重新生成: the return is made again from the registry as it stands, keeping its status and id. */
export function RemakeReturnAction({ annualReturn }: { annualReturn: ShownReturn }) {
  const translate = useTranslate();
  return (
    <ChangeDialog
      version={annualReturn.version}
      name="remake-return-dialog"
      label="bianzhi.annualReport.remake"
      title="bianzhi.annualReport.remakeTitle"
      icon={<RefreshIcon />}
      fields={[]}
      defaultValues={{}}
      staleMessage="bianzhi.staffingUse.stale"
      submit={() => execute(FreezeAnnualReturnDocument, { year: annualReturn.year, bureauId: annualReturn.bureau.id })}
    >
      <Alert severity="info">{translate('bianzhi.annualReport.remakeExplanation', { bureau: annualReturn.bureau.name, year: annualReturn.year })}</Alert>
    </ChangeDialog>
  );
}
