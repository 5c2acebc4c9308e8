import { Chip } from '@mui/material';
import {
  ArrayField,
  BooleanField,
  CreateButton,
  Datagrid,
  FunctionField,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  Tab,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DayField } from '../common/DayField';
import { EnumField } from '../common/enums';
import { PrintButton } from '../common/PrintSheet';
import { BureauRegisterExportButton } from '../registers/RegisterExportButton';
import {
  AbolishAction,
  CorrectAction,
  EstablishmentAction,
  MergeAction,
  MoveAction,
  NatureAction,
  RankAction,
  RenameAction,
  type InstitutionRecord,
} from './actions/InstitutionChangeActions';

interface Establishment {
  quotas: { id: string; category: string; approvedHeadcount: number }[];
  internalBodyNames: string[];
}

/**
 * The changes an office records for an existing institution, each with its
 * approval document, for the roles that write; quotas and staff beside them.
 */
function InstitutionActions() {
  const institution = useRecordContext<InstitutionRecord>();
  const { canAccess: mayChange } = useCanAccess({ resource: 'institutions', action: 'edit' });
  if (!institution || institution.status !== 'ACTIVE') return <TopToolbar />;
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', rowGap: 1 }} data-testid="institution-actions">
      {mayChange ? (
        <>
          <RenameAction institution={institution} />
          <RankAction institution={institution} />
          <NatureAction institution={institution} />
          <MoveAction institution={institution} />
          <MergeAction institution={institution} />
          <AbolishAction institution={institution} />
          <EstablishmentAction institution={institution} />
          <CorrectAction institution={institution} />
        </>
      ) : null}
      <CreateButton resource="quotas" label="bianzhi.quota.newApproval" state={{ record: { institutionId: institution.id } }} />
      <CreateButton resource="staff" label="bianzhi.staff.add" state={{ record: { institutionId: institution.id } }} />
      <PrintButton to={`/print/institution-certificate/${institution.id}`} />
      <BureauRegisterExportButton register="staff" bureauId={institution.bureauId} label="bianzhi.registers.exportBureauStaff" />
    </TopToolbar>
  );
}

/** The quotas a 三定 set, e.g. 行政编制 8 · 工勤编制 1. */
function EstablishmentQuotas({ source, label }: { source?: string; label?: string }) {
  const translate = useTranslate();
  return (
    <FunctionField
      source={source}
      label={label ?? 'bianzhi.institution.quotas'}
      render={(approval: Establishment) =>
        approval.quotas.map((quota) => `${translate(`enums.QuotaCategory.${quota.category}`)} ${quota.approvedHeadcount}`).join(' · ') || '—'
      }
    />
  );
}

function InternalBodyNames({ label }: { label?: string }) {
  return (
    <FunctionField label={label ?? 'bianzhi.institution.internalBodies'} render={(approval: Establishment) => approval.internalBodyNames.join('、') || '—'} />
  );
}

function OverChip({ source, label }: { source: 'overStaffed' | 'overPositions'; label: string }) {
  const translate = useTranslate();
  return (
    <FunctionField
      label={label}
      render={(row: Record<string, boolean>) => (row[source] ? <Chip size="small" color="error" label={translate(label)} /> : '')}
    />
  );
}

/** The current 三定 (现行三定), or a note that there is none yet. */
function CurrentEstablishment() {
  const institution = useRecordContext<{ currentEstablishment: unknown }>();
  const translate = useTranslate();
  if (!institution) return null;
  if (!institution.currentEstablishment) return <>{translate('bianzhi.institution.noEstablishment')}</>;
  return (
    <SimpleShowLayout record={institution.currentEstablishment as never}>
      <TextField source="documentNumber" label="resources.quotas.fields.documentNumber" />
      <DayField source="approvedOn" label="bianzhi.institution.approvedOn" />
      <NumberField source="principalPositions" label="enums.LeadershipTier.PRINCIPAL" />
      <NumberField source="deputyPositions" label="enums.LeadershipTier.DEPUTY" />
      <NumberField source="internalHeadPositions" label="enums.LeadershipTier.INTERNAL_BODY_HEAD" />
      <EstablishmentQuotas />
      <InternalBodyNames />
      <TextField source="mainFunctions" label="resources.institutions.fields.duties" />
    </SimpleShowLayout>
  );
}

/**
 * An institution (机构): its facts, its 三定 now and before, its staffing per
 * quota category and leadership positions per tier, its staff, its internal
 * bodies and its changes (机构沿革).
 */
export function InstitutionShow() {
  return (
    <Show actions={<InstitutionActions />}>
      <TabbedShowLayout>
        <Tab label="bianzhi.institution.basics">
          <TextField source="name" />
          <TextField source="shortName" emptyText="—" />
          <TextField source="creditCode" emptyText="—" translate="no" />
          <ReferenceField source="bureauId" reference="bureaus" link="show" />
          <ReferenceField source="supervisingInstitution.id" reference="institutions" link="show" label="resources.institutions.fields.supervisingInstitution.name" emptyText="—" />
          <EnumField source="kind" enumName="InstitutionKind" />
          <EnumField source="nature" enumName="InstitutionNature" />
          <EnumField source="funding" enumName="FundingForm" emptyText="bianzhi.institution.noFunding" />
          <EnumField source="rank" enumName="InstitutionRank" />
          <EnumField source="status" enumName="InstitutionStatus" />
          <BooleanField source="isEgovBody" />
          <DayField source="establishedOn" />
          <DayField source="endedOn" />
          <ReferenceField source="mergedInto.id" reference="institutions" link="show" label="resources.institutions.fields.mergedInto.name" emptyText="—" />
          <TextField source="duties" />
          <ArrayField source="subordinates">
            <Datagrid rowClick="show" bulkActionButtons={false} empty={<>—</>}>
              <TextField source="name" label="resources.institutions.fields.name" />
              <EnumField source="rank" enumName="InstitutionRank" label="resources.institutions.fields.rank" />
            </Datagrid>
          </ArrayField>
        </Tab>
        <Tab label="bianzhi.institution.establishment" path="establishment">
          <CurrentEstablishment />
          <ArrayField source="establishmentHistory">
            <Datagrid bulkActionButtons={false} rowClick={false} empty={<>—</>}>
              <TextField source="documentNumber" label="resources.quotas.fields.documentNumber" />
              <DayField source="approvedOn" label="bianzhi.institution.approvedOn" />
              <DayField source="supersededOn" label="resources.quotas.fields.supersededOn" />
              <NumberField source="principalPositions" label="enums.LeadershipTier.PRINCIPAL" />
              <NumberField source="deputyPositions" label="enums.LeadershipTier.DEPUTY" />
              <NumberField source="internalHeadPositions" label="enums.LeadershipTier.INTERNAL_BODY_HEAD" />
              <EstablishmentQuotas />
              <InternalBodyNames />
            </Datagrid>
          </ArrayField>
        </Tab>
        <Tab label="bianzhi.staffing.title" path="staffing">
          <ArrayField source="staffing" label="bianzhi.staffing.title">
            <Datagrid bulkActionButtons={false} rowClick={false} empty={<>—</>}>
              <EnumField source="category" enumName="QuotaCategory" label="resources.quotas.fields.category" />
              <NumberField source="approvedHeadcount" label="resources.quotas.fields.approvedHeadcount" />
              <NumberField source="activeStaff" label="bianzhi.dashboard.activeStaff" />
              <NumberField source="vacancies" label="bianzhi.staffing.vacancies" />
              <NumberField source="excess" label="bianzhi.staffing.excess" />
              <OverChip source="overStaffed" label="bianzhi.staffing.overStaffed" />
            </Datagrid>
          </ArrayField>
          <ArrayField source="leadershipStaffing" label="bianzhi.staffing.leadership">
            <Datagrid bulkActionButtons={false} rowClick={false} empty={<>—</>}>
              <EnumField source="tier" enumName="LeadershipTier" label="resources.staff.fields.leadershipTier" />
              <NumberField source="approvedPositions" label="bianzhi.staffing.approvedPositions" />
              <NumberField source="holders" label="bianzhi.staffing.holders" />
              <NumberField source="vacantPositions" label="bianzhi.staffing.vacantPositions" />
              <NumberField source="excess" label="bianzhi.staffing.excess" />
              <OverChip source="overPositions" label="bianzhi.staffing.overPositions" />
            </Datagrid>
          </ArrayField>
          <ArrayField source="vacancies" label="bianzhi.vacancies.title">
            <Datagrid bulkActionButtons={false} rowClick={false} empty={<>—</>} data-testid="institution-vacancies">
              <EnumField source="category" enumName="QuotaCategory" label="resources.quotas.fields.category" emptyText="—" />
              <EnumField source="tier" enumName="LeadershipTier" label="resources.staff.fields.leadershipTier" emptyText="—" />
              <NumberField source="approved" label="bianzhi.vacancies.approved" />
              <NumberField source="active" label="bianzhi.vacancies.active" />
              <NumberField source="reserved" label="bianzhi.vacancies.reserved" />
              <NumberField source="free" label="bianzhi.vacancies.free" />
            </Datagrid>
          </ArrayField>
        </Tab>
        <Tab label="resources.staff.name" path="staff">
          <ReferenceManyField reference="staff" target="institutionId" filter={{ status: 'ACTIVE' }} label="resources.staff.name" perPage={50}>
            <Datagrid rowClick="show" bulkActionButtons={false}>
              <TextField source="name" />
              <TextField source="position" />
              <EnumField source="leadershipTier" enumName="LeadershipTier" emptyText="bianzhi.staffing.notLeader" />
              <EnumField source="quotaCategory" enumName="QuotaCategory" />
              <DayField source="hiredOn" />
            </Datagrid>
          </ReferenceManyField>
        </Tab>
        <Tab label="bianzhi.institution.internalBodies" path="internal-bodies">
          <ArrayField source="internalBodies" label="bianzhi.institution.internalBodies">
            <Datagrid bulkActionButtons={false} rowClick={false} empty={<>—</>}>
              <TextField source="name" label="bianzhi.institution.internalBodyName" />
              <TextField source="duties" label="resources.institutions.fields.duties" emptyText="—" />
              <DayField source="abolishedOn" label="bianzhi.institution.abolishedOn" />
            </Datagrid>
          </ArrayField>
        </Tab>
        <Tab label="bianzhi.institution.changes" path="changes">
          <ArrayField source="changes" label="bianzhi.institution.changes">
            <Datagrid bulkActionButtons={false} rowClick={false} empty={<>—</>}>
              <DayField source="decidedOn" label="bianzhi.institution.decidedOn" />
              <EnumField source="kind" enumName="InstitutionChangeKind" label="bianzhi.institution.changeKind" />
              <TextField source="documentNumber" label="resources.quotas.fields.documentNumber" />
              <TextField source="before" label="bianzhi.audit.before" emptyText="—" />
              <TextField source="after" label="bianzhi.audit.after" emptyText="—" />
            </Datagrid>
          </ArrayField>
        </Tab>
      </TabbedShowLayout>
    </Show>
  );
}
