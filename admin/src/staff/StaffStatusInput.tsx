import { SelectInput, required, useRecordContext } from 'react-admin';
import { enumChoices } from '../common/enums';
import type { StaffRecordFragment } from '../gql/graphql';

/**
 * The person's status. One who has left is not set back in post here: the
 * server refuses it (REENTRY_BY_APPROVAL), they come back by 入编 against an approval.
 */
export function StaffStatusInput() {
  const staff = useRecordContext<StaffRecordFragment>();
  const hasLeft = staff?.status !== undefined && staff.status !== 'ACTIVE';
  const choices = enumChoices('StaffStatus').filter((choice) => !hasLeft || choice.id !== 'ACTIVE');
  return <SelectInput source="status" choices={choices} validate={required()} helperText={hasLeft ? 'bianzhi.staff.reentryByApproval' : undefined} />;
}
