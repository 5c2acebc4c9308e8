import { Create, DateInput, SimpleForm, TextInput, required } from 'react-admin';
import { today } from '../common/ChangeDialog';
import { PostsToUseInputs } from './PostsToUseInputs';
import { validNationalId } from '../common/national-id';
import { ReasonInput } from '../common/ReasonInput';

/** 用编核准: approves the use of vacant posts by a numbered notice; the server refuses it unless as many posts are free. */
export function StaffingUseApprovalCreate() {
  return (
    <Create redirect="show" title="bianzhi.staffingUse.approve">
      <SimpleForm defaultValues={{ count: 1, tier: null, issuedOn: today(), purpose: 'OPEN_RECRUITMENT' }} noValidate>
        <PostsToUseInputs />
        <TextInput source="noticeNumber" validate={required()} helperText="bianzhi.staffingUse.noticeNumberHint" />
        <DateInput source="issuedOn" validate={required()} />
        <DateInput source="validUntil" validate={required()} />
        <TextInput source="transfereeNationalId" validate={validNationalId} helperText="bianzhi.staffingUse.transfereeHint" slotProps={{ htmlInput: { maxLength: 18, autoComplete: 'off' } }} />
        <ReasonInput />
      </SimpleForm>
    </Create>
  );
}
