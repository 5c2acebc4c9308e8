import { AutocompleteInput, BooleanInput, Create, DateInput, ReferenceInput, SimpleForm, TextInput, required } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { EnumInput } from '../common/enums';
import { ReasonInput } from '../common/ReasonInput';
import { readSession } from '../graphql/session';
import { today } from '../common/ChangeDialog';
import { FormSection } from '../common/FormSection';
import { KindNatureFundingInputs } from './KindNatureFundingInputs';

/** The supervising institution (主管部门) is one of the chosen bureau's own; none makes it a top-level institution. */
function SupervisorInput() {
  const bureauId = useWatch({ name: 'bureauId' }) as string | undefined;
  return (
    <ReferenceInput
      source="supervisingInstitutionId"
      reference="institutions"
      perPage={50}
      filter={bureauId ? { bureauId } : {}}
      sort={{ field: 'name', order: 'ASC' }}
    >
      <AutocompleteInput
        optionText="name"
        filterToQuery={(text) => ({ q: text })}
        parse={(value: string) => (value === '' ? null : value)}
        helperText="bianzhi.institutionActions.noSupervisorHint"
        disabled={!bureauId}
        fullWidth
      />
    </ReferenceInput>
  );
}

/** 设立机构: a new institution by a decision (establishInstitution), its first change in its history. */
export function InstitutionCreate() {
  const root = readSession()?.rootBureau;
  return (
    <Create redirect="show" title="bianzhi.institutionActions.establishTitle">
      <SimpleForm defaultValues={{ bureauId: root?.id, decidedOn: today(), isEgovBody: false, supervisingInstitutionId: null, funding: null }} noValidate>
        <FormSection title="bianzhi.forms.sections.decision">
          <TextInput source="documentNumber" validate={required()} helperText="bianzhi.institutionActions.documentNumberHint" />
          <DateInput source="decidedOn" validate={required()} />
        </FormSection>
        <FormSection title="bianzhi.forms.sections.placement">
          <ReferenceInput source="bureauId" reference="bureaus" sort={{ field: 'path', order: 'ASC' }} perPage={200}>
            <AutocompleteInput optionText="name" validate={required()} filterToQuery={(text) => ({ q: text })} />
          </ReferenceInput>
          <SupervisorInput />
        </FormSection>
        <FormSection title="bianzhi.forms.sections.identity">
          <TextInput source="name" validate={required()} />
          <TextInput source="shortName" />
          <TextInput source="creditCode" slotProps={{ htmlInput: { maxLength: 18, autoComplete: 'off' } }} />
          <EnumInput source="rank" enumName="InstitutionRank" validate={required()} />
        </FormSection>
        <FormSection title="bianzhi.forms.sections.nature">
          <KindNatureFundingInputs />
          <BooleanInput source="isEgovBody" />
        </FormSection>
        <FormSection title="bianzhi.forms.sections.duties" wide>
          <TextInput source="duties" multiline />
          <ReasonInput />
        </FormSection>
      </SimpleForm>
    </Create>
  );
}
