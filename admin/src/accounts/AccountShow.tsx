import { BooleanField, EditButton, Labeled, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { MomentField } from '../common/DayField';
import { EnumField } from '../common/enums';
import { AccessTokens } from './AccessTokens';

export function AccountShow() {
  return (
    <Show actions={<TopToolbar><EditButton /></TopToolbar>}>
      <SimpleShowLayout>
        <TextField source="username" translate="no" />
        <TextField source="displayName" />
        <EnumField source="role" enumName="AccountRole" />
        <ReferenceField source="bureauId" reference="bureaus" link="show" emptyText="—" />
        <BooleanField source="disabled" />
        <MomentField source="createdAt" />
        <Labeled label="resources.accounts.fields.accessTokens" fullWidth>
          <AccessTokens />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
