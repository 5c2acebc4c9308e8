import { AutocompleteInput, BooleanInput, FormDataConsumer, PasswordInput, ReferenceInput, SimpleForm, TextInput, minLength, regex, required } from 'react-admin';
import { EnumInput } from '../common/enums';
import { ReasonInput } from '../common/ReasonInput';

export const accountFormFields = ['displayName', 'disabled', 'password'];

const username = [required(), regex(/^[A-Za-z0-9._-]{3,60}$/, 'bianzhi.accounts.usernameRule')];
const password = minLength(12, 'bianzhi.accounts.passwordRule');

/**
 * A new account (its role must match its bureau's level: the server says so
 * beside the field) or changes to one: its name, whether it is disabled, a new
 * password that ends its sessions. Role and bureau are not changed: make a new account.
 */
export function AccountForm({ creating = false }: { creating?: boolean }) {
  return (
    <SimpleForm noValidate>
      {creating ? <TextInput source="username" validate={username} /> : null}
      <TextInput source="displayName" validate={required()} />
      {creating ? <EnumInput source="role" enumName="AccountRole" validate={required()} /> : null}
      {creating ? (
        <ReferenceInput source="bureauId" reference="bureaus" sort={{ field: 'path', order: 'ASC' }} perPage={200}>
          <AutocompleteInput optionText="name" validate={required()} filterToQuery={(text) => ({ q: text })} />
        </ReferenceInput>
      ) : null}
      {creating ? (
        <FormDataConsumer>
          {({ formData }) =>
            // Integrators use API tokens: no password.
            formData.role === 'INTEGRATOR' ? null : <PasswordInput source="password" validate={[required(), password]} autoComplete="new-password" />
          }
        </FormDataConsumer>
      ) : (
        <PasswordInput source="password" validate={password} autoComplete="new-password" helperText="bianzhi.accounts.passwordReset" />
      )}
      {creating ? null : <BooleanInput source="disabled" />}
      <ReasonInput />
    </SimpleForm>
  );
}
