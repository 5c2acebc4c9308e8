import { AutocompleteInput, DateInput, NumberInput, ReferenceInput, SimpleForm, TextInput, minValue, required } from 'react-admin';
import { EnumInput } from '../common/enums';
import { ReasonInput } from '../common/ReasonInput';
import { RegistryToolbar } from '../common/RegistryToolbar';

export const quotaFormFields = ['approvedHeadcount', 'documentNumber', 'effectiveOn'];

/**
 * A new approval (institution and category chosen) or a correction of one (the
 * headcount and document only). Leadership positions are no quota's: a 三定
 * approves them per tier.
 */
export function QuotaForm({ approval = false }: { approval?: boolean }) {
  return (
    <SimpleForm toolbar={<RegistryToolbar />}>
      {approval ? (
        <ReferenceInput source="institutionId" reference="institutions" perPage={100}>
          <AutocompleteInput optionText="name" validate={required()} filterToQuery={(text) => ({ q: text })} />
        </ReferenceInput>
      ) : null}
      {approval ? <EnumInput source="category" enumName="QuotaCategory" validate={required()} /> : null}
      <NumberInput source="approvedHeadcount" validate={[required(), minValue(0)]} min={0} step={1} />
      <TextInput source="documentNumber" validate={required()} fullWidth />
      <DateInput source="effectiveOn" validate={required()} />
      <ReasonInput />
    </SimpleForm>
  );
}
