import { DateInput, SimpleForm, TextInput, required } from 'react-admin';
import { validNationalId } from '../common/national-id';
import { EnumInput, emptyChoiceAsNull } from '../common/enums';
import { FormSection } from '../common/FormSection';
import { ReasonInput } from '../common/ReasonInput';
import { RegistryToolbar } from '../common/RegistryToolbar';
import { StaffInstitutionInput } from './StaffInstitutionInput';
import { StaffStatusInput } from './StaffStatusInput';
import { StaffVacancyHint } from './StaffVacancyHint';

export const staffFormFields = [
  'name',
  'nationalId',
  'gender',
  'birthDate',
  'institutionId',
  'quotaCategory',
  'position',
  'leadershipTier',
  'education',
  'hiredOn',
  'status',
];

/**
 * A real-name staff record in three sections; the ID number is checked here
 * (GB 11643) before the server checks it again, and the chosen institution's
 * vacancy in the chosen category shows before saving.
 */
export function StaffForm() {
  return (
    <SimpleForm defaultValues={{ status: 'ACTIVE', leadershipTier: null }} toolbar={<RegistryToolbar />} noValidate>
      <FormSection title="bianzhi.forms.sections.person">
        <TextInput source="name" validate={required()} />
        <TextInput source="nationalId" validate={[required(), validNationalId]} slotProps={{ htmlInput: { maxLength: 18, autoComplete: 'off' } }} />
        <EnumInput source="gender" enumName="Gender" emptyText="bianzhi.staff.fromNationalId" />
        <DateInput source="birthDate" helperText="bianzhi.staff.fromNationalId" />
      </FormSection>
      <FormSection title="bianzhi.forms.sections.post">
        <StaffInstitutionInput />
        <EnumInput source="quotaCategory" enumName="QuotaCategory" validate={required()} />
      </FormSection>
      <StaffVacancyHint />
      <FormSection title="bianzhi.forms.sections.record">
        <TextInput source="position" validate={required()} />
        <EnumInput source="leadershipTier" enumName="LeadershipTier" emptyText="bianzhi.staffing.notLeader" parse={emptyChoiceAsNull} />
        <EnumInput source="education" enumName="Education" validate={required()} />
        <DateInput source="hiredOn" validate={required()} />
        <StaffStatusInput />
      </FormSection>
      <ReasonInput />
    </SimpleForm>
  );
}
