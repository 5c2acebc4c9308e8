import { AutocompleteInput, BooleanInput, DateInput, ReferenceInput, SimpleForm, TextInput, required } from 'react-admin';
import { validNationalId } from '../common/national-id';
import { EnumInput } from '../common/enums';
import { ReasonInput } from '../common/ReasonInput';
import { RegistryToolbar } from '../common/RegistryToolbar';

export const staffFormFields = [
  'name',
  'nationalId',
  'gender',
  'birthDate',
  'unitId',
  'quotaCategory',
  'position',
  'isLeader',
  'education',
  'hiredOn',
  'status',
];

/** A real-name staff record; the ID number is checked here (GB 11643) before the server checks it again. */
export function StaffForm() {
  return (
    <SimpleForm defaultValues={{ status: 'ACTIVE', isLeader: false }} toolbar={<RegistryToolbar />}>
      <TextInput source="name" validate={required()} />
      <TextInput source="nationalId" validate={[required(), validNationalId]} slotProps={{ htmlInput: { maxLength: 18, autoComplete: 'off' } }} />
      <EnumInput source="gender" enumName="Gender" emptyText="bianzhi.staff.fromNationalId" />
      <DateInput source="birthDate" helperText="bianzhi.staff.fromNationalId" />
      <ReferenceInput source="unitId" reference="units" perPage={100}>
        <AutocompleteInput optionText="name" validate={required()} filterToQuery={(text) => ({ q: text })} />
      </ReferenceInput>
      <EnumInput source="quotaCategory" enumName="QuotaCategory" validate={required()} />
      <TextInput source="position" validate={required()} />
      <BooleanInput source="isLeader" />
      <EnumInput source="education" enumName="Education" validate={required()} />
      <DateInput source="hiredOn" validate={required()} />
      <EnumInput source="status" enumName="StaffStatus" validate={required()} />
      <ReasonInput />
    </SimpleForm>
  );
}
