import { RegistryEdit } from '../conflict/RegistryEdit';
import { UnitForm, unitFormFields } from './UnitForm';

export function UnitEdit() {
  return (
    <RegistryEdit fields={unitFormFields}>
      <UnitForm />
    </RegistryEdit>
  );
}
