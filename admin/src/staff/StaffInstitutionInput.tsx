import { AutocompleteInput, ReferenceInput, required, useRecordContext } from 'react-admin';
import type { StaffRecordFragment } from '../gql/graphql';

/**
 * The person's institution: chosen when the record is made, read-only once
 * they are in post, since the server moves a person in post only by 调动
 * (MOVE_BY_TRANSFER), an action of the person's page.
 */
export function StaffInstitutionInput() {
  const staff = useRecordContext<StaffRecordFragment>();
  const inPost = staff?.status === 'ACTIVE';
  return (
    <ReferenceInput source="institutionId" reference="institutions" perPage={100}>
      <AutocompleteInput
        optionText="name"
        validate={required()}
        filterToQuery={(text) => ({ q: text })}
        readOnly={inPost}
        helperText={inPost ? 'bianzhi.staff.moveByTransfer' : undefined}
      />
    </ReferenceInput>
  );
}
