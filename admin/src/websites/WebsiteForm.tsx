import { AutocompleteInput, DateInput, ReferenceInput, SimpleForm, TextInput, required } from 'react-admin';
import { EnumInput } from '../common/enums';
import { ReasonInput } from '../common/ReasonInput';
import { RegistryToolbar } from '../common/RegistryToolbar';

export const websiteFormFields = ['title', 'address', 'network', 'bureauId', 'launchedOn', 'lastUpdatedOn'];

export function WebsiteForm() {
  return (
    <SimpleForm toolbar={<RegistryToolbar />} noValidate>
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="address" validate={required()} fullWidth />
      <EnumInput source="network" enumName="WebsiteNetwork" validate={required()} />
      <ReferenceInput source="bureauId" reference="bureaus" sort={{ field: 'path', order: 'ASC' }} perPage={200}>
        <AutocompleteInput optionText="name" validate={required()} filterToQuery={(text) => ({ q: text })} />
      </ReferenceInput>
      <DateInput source="launchedOn" validate={required()} />
      <DateInput source="lastUpdatedOn" />
      <ReasonInput />
    </SimpleForm>
  );
}
