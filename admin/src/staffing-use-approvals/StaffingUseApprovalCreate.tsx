import { AutocompleteInput, Create, DateInput, NumberInput, ReferenceInput, SimpleForm, TextInput, minValue, required } from 'react-admin';
import { today } from '../common/ChangeDialog';
import { EnumInput, emptyChoiceAsNull } from '../common/enums';
import { validNationalId } from '../common/national-id';
import { ReasonInput } from '../common/ReasonInput';

/** 用编核准: approves the use of vacant posts by a numbered notice; the server refuses it unless as many posts are free. */
export function StaffingUseApprovalCreate() {
  return (
    <Create redirect="show" title="bianzhi.staffingUse.approve">
      <SimpleForm defaultValues={{ count: 1, tier: null, issuedOn: today(), purpose: 'OPEN_RECRUITMENT' }}>
        <ReferenceInput source="institutionId" reference="institutions" perPage={100}>
          <AutocompleteInput optionText="name" validate={required()} filterToQuery={(text) => ({ q: text })} fullWidth />
        </ReferenceInput>
        <EnumInput source="category" enumName="QuotaCategory" validate={required()} />
        <EnumInput source="tier" enumName="LeadershipTier" emptyText="bianzhi.staffing.notLeader" parse={emptyChoiceAsNull} />
        <NumberInput source="count" validate={[required(), minValue(1)]} min={1} step={1} />
        <EnumInput source="purpose" enumName="StaffingUsePurpose" validate={required()} />
        <TextInput source="noticeNumber" validate={required()} helperText="bianzhi.staffingUse.noticeNumberHint" />
        <DateInput source="issuedOn" validate={required()} />
        <DateInput source="validUntil" validate={required()} />
        <TextInput source="transfereeNationalId" validate={validNationalId} helperText="bianzhi.staffingUse.transfereeHint" slotProps={{ htmlInput: { maxLength: 18, autoComplete: 'off' } }} />
        <ReasonInput />
      </SimpleForm>
    </Create>
  );
}
