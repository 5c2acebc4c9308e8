import { AutocompleteInput, DateInput, NumberInput, ReferenceInput, SimpleForm, TextInput, minValue, required } from 'react-admin';
import { EnumInput } from '../common/enums';
import { ReasonInput } from '../common/ReasonInput';
import { RegistryToolbar } from '../common/RegistryToolbar';

export const quotaFormFields = ['approvedHeadcount', 'approvedLeadershipPositions', 'documentNumber', 'effectiveOn'];

function notAboveHeadcount(positions: number, values: { approvedHeadcount?: number }) {
  return values.approvedHeadcount !== undefined && positions > values.approvedHeadcount ? 'bianzhi.validation.positionsAboveHeadcount' : undefined;
}

/** A new approval (unit and category chosen) or a correction of one (the figures and document only). */
export function QuotaForm({ approval = false }: { approval?: boolean }) {
  return (
    <SimpleForm toolbar={<RegistryToolbar />}>
      {approval ? (
        <ReferenceInput source="unitId" reference="units" perPage={100}>
          <AutocompleteInput optionText="name" validate={required()} filterToQuery={(text) => ({ q: text })} />
        </ReferenceInput>
      ) : null}
      {approval ? <EnumInput source="category" enumName="QuotaCategory" validate={required()} /> : null}
      <NumberInput source="approvedHeadcount" validate={[required(), minValue(0)]} min={0} step={1} />
      <NumberInput source="approvedLeadershipPositions" validate={[required(), minValue(0), notAboveHeadcount]} min={0} step={1} />
      <TextInput source="documentNumber" validate={required()} fullWidth />
      <DateInput source="effectiveOn" validate={required()} />
      <ReasonInput />
    </SimpleForm>
  );
}
