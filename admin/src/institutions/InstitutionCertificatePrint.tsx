import { Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { PrintRows, PrintSheet } from '../common/PrintSheet';
import { InstitutionCertificateDocument } from '../gql/graphql';
import { execute } from '../graphql/client';

const tableStyle = {
  width: '100%',
  mt: 2,
  borderCollapse: 'collapse',
  '& th, & td': { border: '1px solid #555', p: 1, textAlign: 'left' },
  '& th': { fontWeight: 500 },
} as const;

function Section({ title }: { title: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="h6" component="h2" sx={{ mt: 3 }}>
      {translate(title)}
    </Typography>
  );
}

/**
 * 机构编制管理证 (编制卡): the institution, its current 三定, its quotas per
 * category and leadership positions per tier, and the people in its posts.
 */
export function InstitutionCertificatePrint() {
  const { id } = useParams();
  const translate = useTranslate();
  const { data, isPending } = useQuery({
    queryKey: ['institutionCertificate', id],
    queryFn: () => execute(InstitutionCertificateDocument, { id: id! }),
  });
  if (isPending) return <Loading />;
  const institution = data?.institution;
  if (!institution) return <Typography color="error">{translate('bianzhi.errors.notFound')}</Typography>;
  const establishment = institution.currentEstablishment;
  return (
    <PrintSheet title="bianzhi.print.certificateTitle" issuer={institution.bureau.name}>
      <PrintRows
        rows={[
          ['resources.institutions.fields.name', institution.name],
          ['resources.institutions.fields.kind', translate(`enums.InstitutionKind.${institution.kind}`)],
          ['resources.institutions.fields.nature', translate(`enums.InstitutionNature.${institution.nature}`)],
          ['resources.institutions.fields.rank', translate(`enums.InstitutionRank.${institution.rank}`)],
        ]}
      />
      <Section title="resources.institutions.fields.currentEstablishment" />
      {establishment ? (
        <PrintRows
          rows={[
            ['resources.quotas.fields.documentNumber', establishment.documentNumber],
            ['bianzhi.institution.approvedOn', establishment.approvedOn],
            ['resources.institutions.fields.duties', establishment.mainFunctions],
            ['bianzhi.institution.internalBodies', establishment.internalBodyNames.join('、') || '—'],
          ]}
        />
      ) : (
        <Typography>{translate('bianzhi.institution.noEstablishment')}</Typography>
      )}
      <Section title="bianzhi.institution.quotas" />
      <Box component="table" sx={tableStyle} data-testid="certificate-quotas">
        <tbody>
          {institution.staffing.map((line) => (
            <tr key={line.category}>
              <th scope="row">{translate(`enums.QuotaCategory.${line.category}`)}</th>
              <td>{line.approvedHeadcount}</td>
            </tr>
          ))}
          {institution.leadershipStaffing.map((line) => (
            <tr key={line.tier}>
              <th scope="row">{`${translate('bianzhi.staffing.approvedPositions')}（${translate(`enums.LeadershipTier.${line.tier}`)}）`}</th>
              <td>{line.approvedPositions}</td>
            </tr>
          ))}
        </tbody>
      </Box>
      <Section title="bianzhi.print.staffInPost" />
      <Box component="table" sx={tableStyle} data-testid="certificate-staff">
        <thead>
          <tr>
            <th>{translate('resources.staff.fields.name')}</th>
            <th>{translate('resources.staff.fields.position')}</th>
            <th>{translate('resources.staff.fields.quotaCategory')}</th>
          </tr>
        </thead>
        <tbody>
          {institution.staff.map((person) => (
            <tr key={person.id}>
              <td>{person.name}</td>
              <td>{person.position}</td>
              <td>{translate(`enums.QuotaCategory.${person.quotaCategory}`)}</td>
            </tr>
          ))}
        </tbody>
      </Box>
    </PrintSheet>
  );
}
