import { AutocompleteInput, DateInput, NumberInput, ReferenceInput, SimpleForm, TextInput, required } from 'react-admin';
import { EnumInput } from '../common/enums';
import { FormSection } from '../common/FormSection';
import { RegistryToolbar } from '../common/RegistryToolbar';
import { notNegative, wholeNumber } from '../common/validators';

export const quotaFormFields = ['approvedHeadcount', 'documentNumber', 'effectiveOn'];

/** A quota's approval document (批文号) is also the change's reason in the audit trail: one field, not two. */
export function documentAsReason<Values extends { documentNumber?: string | null }>(values: Values) {
  return { ...values, reason: values.documentNumber || undefined };
}

/**
 * A new approval (institution and category chosen) or a correction of one (the
 * headcount and document only). Leadership positions are no quota's: a 三定
 * approves them per tier.
 */
export function QuotaForm({ approval = false }: { approval?: boolean }) {
  return (
    <SimpleForm toolbar={<RegistryToolbar reasonSource="documentNumber" />} noValidate>
      <FormSection title="bianzhi.forms.sections.quota">
        {approval ? (
          <ReferenceInput source="institutionId" reference="institutions" perPage={100}>
            <AutocompleteInput optionText="name" validate={required()} filterToQuery={(text) => ({ q: text })} />
          </ReferenceInput>
        ) : null}
        {approval ? <EnumInput source="category" enumName="QuotaCategory" validate={required()} /> : null}
        <NumberInput source="approvedHeadcount" validate={[required(), notNegative, wholeNumber]} step={1} />
      </FormSection>
      <FormSection title="bianzhi.forms.sections.document">
        <TextInput source="documentNumber" validate={required()} helperText="bianzhi.forms.documentIsReason" />
        <DateInput source="effectiveOn" validate={required()} />
      </FormSection>
    </SimpleForm>
  );
}
