import { Create, DateInput, SimpleForm, TextInput, maxLength, required } from 'react-admin';
import { today } from '../common/ChangeDialog';
import { PostsToUseInputs } from '../staffing-use-approvals/PostsToUseInputs';

/** 用编申请: records an institution's application for vacant posts; it holds none until approved. */
export function StaffingUseApplicationCreate() {
  return (
    <Create redirect="show" title="bianzhi.staffingUseApplication.apply">
      <SimpleForm defaultValues={{ count: 1, tier: null, appliedOn: today(), purpose: 'OPEN_RECRUITMENT' }} noValidate>
        <PostsToUseInputs />
        <DateInput source="appliedOn" validate={required()} />
        <TextInput source="justification" validate={[required(), maxLength(500)]} multiline minRows={3} fullWidth />
      </SimpleForm>
    </Create>
  );
}
