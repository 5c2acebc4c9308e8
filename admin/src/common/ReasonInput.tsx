import { TextInput } from 'react-admin';

/** The approval document or reason kept with the change in the audit trail (批准文号或变更原因). */
export function ReasonInput() {
  return <TextInput source="reason" fullWidth multiline helperText={false} slotProps={{ htmlInput: { maxLength: 500 } }} />;
}
