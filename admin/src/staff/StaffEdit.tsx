import { RegistryEdit } from '../conflict/RegistryEdit';
import { StaffForm, staffFormFields } from './StaffForm';

export function StaffEdit() {
  return (
    <RegistryEdit fields={staffFormFields} redirect="list">
      <StaffForm />
    </RegistryEdit>
  );
}
