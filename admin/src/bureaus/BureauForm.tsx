import { DateInput, ReferenceInput, AutocompleteInput, SimpleForm, TextInput, required, regex } from 'react-admin';
import { EnumInput } from '../common/enums';
import { FormSection } from '../common/FormSection';
import { ReasonInput } from '../common/ReasonInput';
import { RegistryToolbar } from '../common/RegistryToolbar';

export const bureauFormFields = [
  'code',
  'name',
  'divisionName',
  'parentId',
  'documentExchangeBuiltOn',
  'localAreaNetworkBuiltOn',
  'paperlessOfficeBuiltOn',
  'partyIntranetConnectedOn',
];

const divisionCode = [required(), regex(/^\d{6}$/, 'bianzhi.validation.divisionCode')];

/** A bureau's identity, its place in the tree and its indicators' dates; the site indicators follow from its websites. */
export function BureauForm({ creating = false }: { creating?: boolean }) {
  return (
    <SimpleForm toolbar={<RegistryToolbar />} noValidate>
      <FormSection title="bianzhi.forms.sections.bureau">
        <TextInput source="name" validate={required()} />
        <TextInput source="divisionName" validate={required()} />
        <TextInput source="code" validate={divisionCode} />
        {creating ? <EnumInput source="level" enumName="BureauLevel" validate={required()} /> : null}
        <ReferenceInput source="parentId" reference="bureaus" sort={{ field: 'path', order: 'ASC' }} perPage={200}>
          <AutocompleteInput optionText="name" filterToQuery={(text) => ({ q: text })} />
        </ReferenceInput>
      </FormSection>
      <FormSection title="bianzhi.tree.indicators">
        <DateInput source="documentExchangeBuiltOn" />
        <DateInput source="localAreaNetworkBuiltOn" />
        <DateInput source="paperlessOfficeBuiltOn" />
        <DateInput source="partyIntranetConnectedOn" />
      </FormSection>
      <ReasonInput />
    </SimpleForm>
  );
}
