import { AutocompleteInput, DateInput, ReferenceInput, SimpleForm, TextInput, required } from 'react-admin';
import { EnumInput } from '../common/enums';
import { FormSection } from '../common/FormSection';
import { ReasonInput } from '../common/ReasonInput';
import { RegistryToolbar } from '../common/RegistryToolbar';
import { longest, notBefore, notInFuture, websiteAddress } from '../common/validators';

export const websiteFormFields = ['title', 'address', 'network', 'bureauId', 'launchedOn', 'lastUpdatedOn'];

/** A bureau's website: what and where it is, then when it went live and was last updated (长期未更新 counts from the latter). */
export function WebsiteForm() {
  return (
    <SimpleForm toolbar={<RegistryToolbar />} noValidate>
      <FormSection title="bianzhi.forms.sections.website">
        <TextInput source="title" validate={[required(), longest(100)]} />
        <TextInput source="address" validate={[required(), longest(255), websiteAddress]} slotProps={{ htmlInput: { autoComplete: 'off' } }} />
        <EnumInput source="network" enumName="WebsiteNetwork" validate={required()} />
        <ReferenceInput source="bureauId" reference="bureaus" sort={{ field: 'path', order: 'ASC' }} perPage={200}>
          <AutocompleteInput optionText="name" validate={required()} filterToQuery={(text) => ({ q: text })} />
        </ReferenceInput>
      </FormSection>
      <FormSection title="bianzhi.forms.sections.upkeep">
        <DateInput source="launchedOn" validate={[required(), notInFuture]} />
        <DateInput source="lastUpdatedOn" validate={[notInFuture, notBefore('launchedOn')]} />
      </FormSection>
      <ReasonInput />
    </SimpleForm>
  );
}
