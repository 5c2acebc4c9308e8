import { Typography } from '@mui/material';
import { Loading, useGetOne, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { PrintRows, PrintSheet } from '../common/PrintSheet';
import type { StaffingUseApprovalRecordFragment } from '../gql/graphql';

/** 编制使用核准通知单: the notice of an approval to use posts, as the office issues it to the institution. */
export function StaffingUseNoticePrint() {
  const { id } = useParams();
  const translate = useTranslate();
  const { data: approval, isPending, error } = useGetOne<StaffingUseApprovalRecordFragment>('staffing-use-approvals', { id: id! });
  if (isPending) return <Loading />;
  if (error || !approval) return <Typography color="error">{translate('bianzhi.errors.notFound')}</Typography>;
  return (
    <PrintSheet title="bianzhi.print.noticeTitle" issuer={approval.institution.bureau.name}>
      <Typography align="right" sx={{ mb: 2 }}>
        {approval.noticeNumber}
      </Typography>
      <PrintRows
        rows={[
          ['resources.staffing-use-approvals.fields.noticeNumber', approval.noticeNumber],
          ['resources.staffing-use-approvals.fields.institutionId', approval.institution.name],
          ['resources.staffing-use-approvals.fields.category', translate(`enums.QuotaCategory.${approval.category}`)],
          ['resources.staffing-use-approvals.fields.tier', approval.tier ? translate(`enums.LeadershipTier.${approval.tier}`) : translate('bianzhi.staffing.notLeader')],
          ['resources.staffing-use-approvals.fields.approvedCount', approval.approvedCount],
          ['resources.staffing-use-approvals.fields.purpose', translate(`enums.StaffingUsePurpose.${approval.purpose}`)],
          ['resources.staffing-use-approvals.fields.issuedOn', approval.issuedOn],
          ['resources.staffing-use-approvals.fields.validUntil', approval.validUntil],
        ]}
      />
      <Typography variant="body2" sx={{ mt: 3 }}>
        {translate('bianzhi.print.noticeTerms', { validUntil: approval.validUntil })}
      </Typography>
    </PrintSheet>
  );
}
