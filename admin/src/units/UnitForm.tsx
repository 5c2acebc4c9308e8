import { AutocompleteInput, DateInput, ReferenceInput, SimpleForm, TextInput, required } from 'react-admin';
import { EnumInput } from '../common/enums';
import { FormSection } from '../common/FormSection';
import { ReasonInput } from '../common/ReasonInput';
import { RegistryToolbar } from '../common/RegistryToolbar';
import { longest } from '../common/validators';

export const unitFormFields = ['name', 'bureauId', 'rank', 'establishedOn', 'duties'];

/**
 * An e-government unit: what it is and where it belongs, then its duties. Its
 * quota and leadership positions are approved as any institution's, on their own pages.
 */
export function UnitForm() {
  return (
    <SimpleForm toolbar={<RegistryToolbar />} noValidate>
      <FormSection title="bianzhi.forms.sections.unit">
        <TextInput source="name" validate={[required(), longest(100)]} />
        <EnumInput source="rank" enumName="InstitutionRank" validate={required()} />
        <ReferenceInput source="bureauId" reference="bureaus" sort={{ field: 'path', order: 'ASC' }} perPage={200}>
          <AutocompleteInput optionText="name" validate={required()} filterToQuery={(text) => ({ q: text })} />
        </ReferenceInput>
        <DateInput source="establishedOn" />
      </FormSection>
      <FormSection title="bianzhi.forms.sections.duties" wide>
        <TextInput source="duties" multiline />
      </FormSection>
      <ReasonInput />
    </SimpleForm>
  );
}
