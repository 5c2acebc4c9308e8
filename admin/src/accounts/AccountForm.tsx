import { AutocompleteInput, BooleanInput, FormDataConsumer, PasswordInput, ReferenceInput, SimpleForm, TextInput, minLength, regex, required } from 'react-admin';
import { EnumInput } from '../common/enums';
import { FormSection } from '../common/FormSection';
import { ReasonInput } from '../common/ReasonInput';
import { longest } from '../common/validators';

export const accountFormFields = ['displayName', 'disabled', 'password'];

const username = [required(), regex(/^[A-Za-z0-9._-]{3,60}$/, 'bianzhi.accounts.usernameRule')];
const displayName = [required(), longest(100)];
const password = minLength(12, 'bianzhi.accounts.passwordRule');

/**
 * A new account (its role must match its bureau's level: the server says so
 * beside the field) or changes to one: its name, whether it is disabled, a new
 * password that ends its sessions. Role and bureau are not changed: make a new account.
 */
export function AccountForm({ creating = false }: { creating?: boolean }) {
  return (
    <SimpleForm noValidate>
      <FormSection title="bianzhi.forms.sections.account">
        {creating ? <TextInput source="username" validate={username} /> : null}
        <TextInput source="displayName" validate={displayName} />
        {creating ? null : <BooleanInput source="disabled" />}
      </FormSection>
      {creating ? (
        <FormSection title="bianzhi.forms.sections.scope">
          <EnumInput source="role" enumName="AccountRole" validate={required()} />
          <ReferenceInput source="bureauId" reference="bureaus" sort={{ field: 'path', order: 'ASC' }} perPage={200}>
            <AutocompleteInput optionText="name" validate={required()} filterToQuery={(text) => ({ q: text })} />
          </ReferenceInput>
        </FormSection>
      ) : null}
      {creating ? (
        <FormDataConsumer>
          {({ formData }) =>
            // Integrators use API tokens: no password.
            formData.role === 'INTEGRATOR' ? null : (
              <FormSection title="bianzhi.forms.sections.password">
                <PasswordInput source="password" validate={[required(), password]} autoComplete="new-password" />
              </FormSection>
            )
          }
        </FormDataConsumer>
      ) : (
        <FormSection title="bianzhi.forms.sections.password">
          <PasswordInput source="password" validate={password} autoComplete="new-password" helperText="bianzhi.accounts.passwordReset" />
        </FormSection>
      )}
      <ReasonInput />
    </SimpleForm>
  );
}
