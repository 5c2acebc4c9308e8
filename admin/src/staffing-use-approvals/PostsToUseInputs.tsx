import { AutocompleteInput, NumberInput, ReferenceInput, minValue, required } from 'react-admin';
import { EnumInput, emptyChoiceAsNull } from '../common/enums';

/** Which posts are asked for or approved: the institution, category, tier, count and purpose, as an application and an approval both state them. */
export function PostsToUseInputs() {
  return (
    <>
      <ReferenceInput source="institutionId" reference="institutions" perPage={100}>
        <AutocompleteInput optionText="name" validate={required()} filterToQuery={(text) => ({ q: text })} fullWidth />
      </ReferenceInput>
      <EnumInput source="category" enumName="QuotaCategory" validate={required()} />
      <EnumInput source="tier" enumName="LeadershipTier" emptyText="bianzhi.staffing.notLeader" parse={emptyChoiceAsNull} />
      <NumberInput source="count" validate={[required(), minValue(1)]} step={1} />
      <EnumInput source="purpose" enumName="StaffingUsePurpose" validate={required()} />
    </>
  );
}
