import { Alert } from '@mui/material';
import { Create, useTranslate } from 'react-admin';
import { listFindingNew } from '../search/search-terms';
import { StaffForm } from './StaffForm';

const listFindingPerson = listFindingNew((person) => person.name);

/**
 * 存量人员登记: records a person already in post when the register began
 * (createStaff). A new person enters by 入编 against an approval to use posts.
 */
export function StaffCreate() {
  const translate = useTranslate();
  return (
    <Create redirect={listFindingPerson} title="bianzhi.staff.recordExisting">
      <Alert severity="info" sx={{ mx: 2, mt: 2 }}>
        {translate('bianzhi.staff.recordExistingExplanation')}
      </Alert>
      <StaffForm />
    </Create>
  );
}
