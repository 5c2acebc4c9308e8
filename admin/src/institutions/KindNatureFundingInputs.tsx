import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { SelectInput, required } from 'react-admin';
import { EnumInput, natureChoicesOf } from '../common/enums';

/**
 * Kind, nature and funding form, kept consistent as the server requires: the
 * nature offered are those of the kind (organs are administrative), and only
 * public institutions (事业单位) have a funding form, which they must.
 */
export function KindNatureFundingInputs() {
  const kind = useWatch({ name: 'kind' }) as string | null | undefined;
  const nature = useWatch({ name: 'nature' }) as string | null | undefined;
  const funding = useWatch({ name: 'funding' }) as string | null | undefined;
  const { setValue } = useFormContext();
  const natureChoices = natureChoicesOf(kind);
  const publicInstitution = kind === 'PUBLIC_INSTITUTION';
  useEffect(() => {
    if (!kind) return;
    const allowed = natureChoicesOf(kind);
    if (!nature || !allowed.some((choice) => choice.id === nature)) {
      if (allowed.length === 1 || nature) setValue('nature', allowed.length === 1 ? allowed[0].id : null, { shouldDirty: true });
    }
    if (!publicInstitution && funding) setValue('funding', null, { shouldDirty: true });
    // Only a new kind changes what the nature and funding may be.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kind]);
  return (
    <>
      <EnumInput source="kind" enumName="InstitutionKind" validate={required()} />
      <SelectInput source="nature" choices={natureChoices} validate={required()} />
      {publicInstitution ? <EnumInput source="funding" enumName="FundingForm" validate={required()} /> : null}
    </>
  );
}
