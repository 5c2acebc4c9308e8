import { AutocompleteInput, DateInput, ReferenceInput, SimpleForm, TextInput, required } from 'react-admin';
import { EnumInput } from '../common/enums';
import { ReasonInput } from '../common/ReasonInput';
import { RegistryToolbar } from '../common/RegistryToolbar';

export const unitFormFields = ['name', 'bureauId', 'rank', 'establishedOn', 'duties'];

export function UnitForm() {
  return (
    <SimpleForm toolbar={<RegistryToolbar />} noValidate>
      <TextInput source="name" validate={required()} fullWidth />
      <ReferenceInput source="bureauId" reference="bureaus" sort={{ field: 'path', order: 'ASC' }} perPage={200}>
        <AutocompleteInput optionText="name" validate={required()} filterToQuery={(text) => ({ q: text })} />
      </ReferenceInput>
      <EnumInput source="rank" enumName="InstitutionRank" validate={required()} />
      <DateInput source="establishedOn" />
      <TextInput source="duties" multiline fullWidth />
      <ReasonInput />
    </SimpleForm>
  );
}
