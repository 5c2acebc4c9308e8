import { AutocompleteInput, Create, DateInput, NumberInput, ReferenceInput, SimpleForm, TextInput, maxLength, minValue, required } from 'react-admin';
import { today } from '../common/ChangeDialog';
import { EnumInput, emptyChoiceAsNull } from '../common/enums';

/** 用编申请: records an institution's application for vacant posts; it holds none until approved. */
export function StaffingUseApplicationCreate() {
  return (
    <Create redirect="show" title="bianzhi.staffingUseApplication.apply">
      <SimpleForm defaultValues={{ count: 1, tier: null, appliedOn: today(), purpose: 'OPEN_RECRUITMENT' }}>
        <ReferenceInput source="institutionId" reference="institutions" perPage={100}>
          <AutocompleteInput optionText="name" validate={required()} filterToQuery={(text) => ({ q: text })} fullWidth />
        </ReferenceInput>
        <EnumInput source="category" enumName="QuotaCategory" validate={required()} />
        <EnumInput source="tier" enumName="LeadershipTier" emptyText="bianzhi.staffing.notLeader" parse={emptyChoiceAsNull} />
        <NumberInput source="count" validate={[required(), minValue(1)]} min={1} step={1} />
        <EnumInput source="purpose" enumName="StaffingUsePurpose" validate={required()} />
        <DateInput source="appliedOn" validate={required()} />
        <TextInput source="justification" validate={[required(), maxLength(500)]} multiline minRows={3} fullWidth />
      </SimpleForm>
    </Create>
  );
}
