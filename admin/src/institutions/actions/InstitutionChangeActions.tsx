import AccountTreeIcon from '@mui/icons-material/AccountTree';
import BlockIcon from '@mui/icons-material/Block';
import CallMergeIcon from '@mui/icons-material/CallMerge';
import CategoryIcon from '@mui/icons-material/Category';
import DescriptionIcon from '@mui/icons-material/Description';
import DriveFileRenameOutlineIcon from '@mui/icons-material/DriveFileRenameOutline';
import EditNoteIcon from '@mui/icons-material/EditNote';
import MilitaryTechIcon from '@mui/icons-material/MilitaryTech';
import { Alert, Stack, Typography } from '@mui/material';
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  SimpleFormIterator,
  TextInput,
  minValue,
  required,
  useTranslate,
} from 'react-admin';
import {
  AbolishInstitutionDocument,
  ApproveEstablishmentDocument,
  ChangeInstitutionNatureDocument,
  ChangeInstitutionRankDocument,
  MergeInstitutionDocument,
  MoveInstitutionDocument,
  RenameInstitutionDocument,
  UpdateInstitutionDocument,
  type InstitutionOneQuery,
  type QuotaCategory,
} from '../../gql/graphql';
import { execute } from '../../graphql/client';
import { EnumInput } from '../../common/enums';
import { orNull } from '../../common/form-values';
import { ReasonInput } from '../../common/ReasonInput';
import { KindNatureFundingInputs } from '../KindNatureFundingInputs';
import { ChangeDialog, DecisionInputs, today } from '../../common/ChangeDialog';

export type InstitutionRecord = NonNullable<InstitutionOneQuery['institution']>;
type Values = Record<string, unknown>;

const decisionFields = ['documentNumber', 'decidedOn'];

/** The approval document and the version read, as every change of an institution sends them. */
function decisionOf(institution: InstitutionRecord, values: Values, version: number) {
  return { id: institution.id, version, documentNumber: String(values.documentNumber ?? ''), decidedOn: String(values.decidedOn ?? '') };
}

/** The institution picker of a change: existing institutions, searched by name, optionally of one bureau. */
function InstitutionPicker({ source, bureauId, validate, helperText }: { source: string; bureauId?: string; validate?: ReturnType<typeof required>; helperText?: string }) {
  return (
    <ReferenceInput source={source} reference="institutions" perPage={50} filter={bureauId ? { bureauId } : {}} sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput optionText="name" validate={validate} helperText={helperText} filterToQuery={(text) => ({ q: text })} parse={orNull} fullWidth />
    </ReferenceInput>
  );
}

export function RenameAction({ institution }: { institution: InstitutionRecord }) {
  return (
    <ChangeDialog
      version={institution.version}
      name="rename-dialog"
      label="bianzhi.institutionActions.rename"
      title="bianzhi.institutionActions.renameTitle"
      icon={<DriveFileRenameOutlineIcon />}
      fields={[...decisionFields, 'name', 'shortName']}
      defaultValues={{ decidedOn: today(), name: institution.name, shortName: institution.shortName ?? '' }}
      submit={(values, version) =>
        execute(RenameInstitutionDocument, {
          input: { ...decisionOf(institution, values, version), name: String(values.name ?? ''), shortName: orNull(values.shortName) },
          reason: String(values.documentNumber ?? ''),
        })
      }
    >
      <DecisionInputs />
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="shortName" fullWidth />
    </ChangeDialog>
  );
}

export function RankAction({ institution }: { institution: InstitutionRecord }) {
  return (
    <ChangeDialog
      version={institution.version}
      name="rank-dialog"
      label="bianzhi.institutionActions.rank"
      title="bianzhi.institutionActions.rankTitle"
      icon={<MilitaryTechIcon />}
      fields={[...decisionFields, 'rank']}
      defaultValues={{ decidedOn: today(), rank: institution.rank }}
      submit={(values, version) =>
        execute(ChangeInstitutionRankDocument, {
          input: { ...decisionOf(institution, values, version), rank: values.rank as InstitutionRecord['rank'] },
          reason: String(values.documentNumber ?? ''),
        })
      }
    >
      <DecisionInputs />
      <EnumInput source="rank" enumName="InstitutionRank" validate={required()} />
    </ChangeDialog>
  );
}

export function NatureAction({ institution }: { institution: InstitutionRecord }) {
  return (
    <ChangeDialog
      version={institution.version}
      name="nature-dialog"
      label="bianzhi.institutionActions.nature"
      title="bianzhi.institutionActions.natureTitle"
      icon={<CategoryIcon />}
      fields={[...decisionFields, 'kind', 'nature', 'funding']}
      defaultValues={{ decidedOn: today(), kind: institution.kind, nature: institution.nature, funding: institution.funding ?? null }}
      submit={(values, version) =>
        execute(ChangeInstitutionNatureDocument, {
          input: {
            ...decisionOf(institution, values, version),
            kind: values.kind as InstitutionRecord['kind'],
            nature: values.nature as InstitutionRecord['nature'],
            funding: values.kind === 'PUBLIC_INSTITUTION' ? (orNull(values.funding) as InstitutionRecord['funding']) : null,
          },
          reason: String(values.documentNumber ?? ''),
        })
      }
    >
      <DecisionInputs />
      <KindNatureFundingInputs />
    </ChangeDialog>
  );
}

export function MoveAction({ institution }: { institution: InstitutionRecord }) {
  return (
    <ChangeDialog
      version={institution.version}
      name="move-dialog"
      label="bianzhi.institutionActions.move"
      title="bianzhi.institutionActions.moveTitle"
      icon={<AccountTreeIcon />}
      fields={[...decisionFields, 'supervisingInstitutionId']}
      defaultValues={{ decidedOn: today(), supervisingInstitutionId: institution.supervisingInstitution?.id ?? null }}
      submit={(values, version) =>
        execute(MoveInstitutionDocument, {
          input: { ...decisionOf(institution, values, version), supervisingInstitutionId: orNull(values.supervisingInstitutionId) },
          reason: String(values.documentNumber ?? ''),
        })
      }
    >
      <DecisionInputs />
      <InstitutionPicker source="supervisingInstitutionId" bureauId={institution.bureauId} helperText="bianzhi.institutionActions.noSupervisorHint" />
    </ChangeDialog>
  );
}

export function MergeAction({ institution }: { institution: InstitutionRecord }) {
  const translate = useTranslate();
  return (
    <ChangeDialog
      version={institution.version}
      name="merge-dialog"
      label="bianzhi.institutionActions.merge"
      title="bianzhi.institutionActions.mergeTitle"
      icon={<CallMergeIcon />}
      fields={[...decisionFields, 'intoInstitutionId']}
      defaultValues={{ decidedOn: today(), intoInstitutionId: null }}
      submit={(values, version) =>
        execute(MergeInstitutionDocument, {
          input: { ...decisionOf(institution, values, version), intoInstitutionId: String(values.intoInstitutionId ?? '') },
          reason: String(values.documentNumber ?? ''),
        })
      }
    >
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('bianzhi.institutionActions.mergeExplanation', { name: institution.name })}
      </Alert>
      <DecisionInputs />
      <InstitutionPicker source="intoInstitutionId" validate={required()} />
    </ChangeDialog>
  );
}

export function AbolishAction({ institution }: { institution: InstitutionRecord }) {
  const translate = useTranslate();
  const withStaff = institution.activeStaffCount > 0;
  return (
    <ChangeDialog
      version={institution.version}
      name="abolish-dialog"
      label="bianzhi.institutionActions.abolish"
      title="bianzhi.institutionActions.abolishTitle"
      icon={<BlockIcon />}
      fields={[...decisionFields, 'transferStaffToInstitutionId']}
      defaultValues={{ decidedOn: today(), transferStaffToInstitutionId: null }}
      submit={(values, version) =>
        execute(AbolishInstitutionDocument, {
          input: { ...decisionOf(institution, values, version), transferStaffToInstitutionId: orNull(values.transferStaffToInstitutionId) },
          reason: String(values.documentNumber ?? ''),
        })
      }
    >
      <Alert severity="warning" sx={{ mb: 2 }}>
        {withStaff
          ? translate('bianzhi.institutionActions.abolishWithStaff', { name: institution.name, count: institution.activeStaffCount })
          : translate('bianzhi.institutionActions.abolishExplanation', { name: institution.name })}
      </Alert>
      <DecisionInputs />
      {withStaff ? <InstitutionPicker source="transferStaffToInstitutionId" validate={required()} /> : null}
    </ChangeDialog>
  );
}

export function CorrectAction({ institution }: { institution: InstitutionRecord }) {
  const translate = useTranslate();
  return (
    <ChangeDialog
      version={institution.version}
      name="correct-dialog"
      label="bianzhi.institutionActions.correct"
      title="bianzhi.institutionActions.correctTitle"
      icon={<EditNoteIcon />}
      fields={['shortName', 'creditCode', 'establishedOn', 'isEgovBody', 'reason']}
      defaultValues={{
        shortName: institution.shortName ?? '',
        creditCode: institution.creditCode ?? '',
        establishedOn: institution.establishedOn ?? null,
        isEgovBody: institution.isEgovBody,
      }}
      submit={(values, version) =>
        execute(UpdateInstitutionDocument, {
          input: {
            id: institution.id,
            version,
            shortName: orNull(values.shortName),
            creditCode: orNull(values.creditCode),
            establishedOn: orNull(values.establishedOn),
            isEgovBody: !!values.isEgovBody,
          },
          reason: orNull(values.reason) ?? undefined,
        })
      }
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('bianzhi.institutionActions.correctExplanation')}
      </Typography>
      <TextInput source="shortName" fullWidth />
      <TextInput source="creditCode" fullWidth slotProps={{ htmlInput: { maxLength: 18, autoComplete: 'off' } }} />
      <DateInput source="establishedOn" />
      <BooleanInput source="isEgovBody" />
      <ReasonInput />
    </ChangeDialog>
  );
}

/** 三定批复: main functions, quota lines per category, positions per tier and the internal bodies, prefilled from the current 三定. */
export function EstablishmentAction({ institution }: { institution: InstitutionRecord }) {
  const current = institution.currentEstablishment;
  return (
    <ChangeDialog
      version={institution.version}
      name="establishment-dialog"
      maxWidth="md"
      label="bianzhi.institutionActions.establishment"
      title="bianzhi.institutionActions.establishmentTitle"
      icon={<DescriptionIcon />}
      fields={['documentNumber', 'approvedOn', 'mainFunctions', 'quotas', 'principalPositions', 'deputyPositions', 'internalHeadPositions', 'internalBodies']}
      fieldOf={(field) => field.replace(/^internalBodyNames\.(\d+)$/, 'internalBodies.$1.name').replace(/^internalBodyNames$/, 'internalBodies')}
      defaultValues={{
        approvedOn: today(),
        mainFunctions: current?.mainFunctions ?? institution.duties ?? '',
        quotas: (current?.quotas ?? []).map((quota) => ({ category: quota.category, headcount: quota.approvedHeadcount })),
        principalPositions: current?.principalPositions ?? 1,
        deputyPositions: current?.deputyPositions ?? 0,
        internalHeadPositions: current?.internalHeadPositions ?? 0,
        internalBodies: (current?.internalBodyNames ?? []).map((name) => ({ name })),
      }}
      submit={(values, version) => {
        const quotas = ((values.quotas as { category?: string; headcount?: number }[] | undefined) ?? []).map((line) => ({
          category: line.category as QuotaCategory,
          headcount: Number(line.headcount ?? 0),
        }));
        const internalBodies = (values.internalBodies as { name?: string }[] | undefined) ?? [];
        return execute(ApproveEstablishmentDocument, {
          input: {
            institutionId: institution.id,
            documentNumber: String(values.documentNumber ?? ''),
            approvedOn: String(values.approvedOn ?? ''),
            mainFunctions: String(values.mainFunctions ?? ''),
            quotas,
            principalPositions: Number(values.principalPositions ?? 0),
            deputyPositions: Number(values.deputyPositions ?? 0),
            internalHeadPositions: Number(values.internalHeadPositions ?? 0),
            internalBodyNames: internalBodies.map((body) => String(body.name ?? '')),
          },
          reason: String(values.documentNumber ?? ''),
        });
      }}
    >
      <DecisionInputs dateSource="approvedOn" />
      <TextInput source="mainFunctions" label="bianzhi.institutionActions.mainFunctions" validate={required()} multiline minRows={2} fullWidth />
      <ArrayInput source="quotas" label="bianzhi.institution.quotas">
        <SimpleFormIterator inline disableReordering>
          <EnumInput
            source="category"
            enumName="QuotaCategory"
            label="resources.quotas.fields.category"
            validate={required()}
            sx={{ minWidth: 200 }}
          />
          <NumberInput source="headcount" label="resources.quotas.fields.approvedHeadcount" validate={[required(), minValue(0)]} step={1} />
        </SimpleFormIterator>
      </ArrayInput>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <NumberInput source="principalPositions" label="bianzhi.institutionActions.principalPositions" validate={[required(), minValue(0)]} step={1} />
        <NumberInput source="deputyPositions" label="bianzhi.institutionActions.deputyPositions" validate={[required(), minValue(0)]} step={1} />
        <NumberInput source="internalHeadPositions" label="bianzhi.institutionActions.internalHeadPositions" validate={[required(), minValue(0)]} step={1} />
      </Stack>
      <ArrayInput source="internalBodies" label="bianzhi.institution.internalBodies">
        <SimpleFormIterator inline disableReordering>
          <TextInput source="name" label="bianzhi.institution.internalBodyName" validate={required()} sx={{ minWidth: 320 }} />
        </SimpleFormIterator>
      </ArrayInput>
    </ChangeDialog>
  );
}
