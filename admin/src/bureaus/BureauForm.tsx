import { DateInput, ReferenceInput, AutocompleteInput, SimpleForm, TextInput, required, regex } from 'react-admin';
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { EnumInput } from '../common/enums';
import { ReasonInput } from '../common/ReasonInput';
import { RegistryToolbar } from '../common/RegistryToolbar';

export const bureauFormFields = [
  'code',
  'name',
  'divisionName',
  'parentId',
  'documentExchangeBuiltOn',
  'localAreaNetworkBuiltOn',
  'paperlessOfficeBuiltOn',
  'partyIntranetConnectedOn',
];

const divisionCode = [required(), regex(/^\d{6}$/, 'bianzhi.validation.divisionCode')];

/** A bureau's identity, its place in the tree and its indicators' dates; the site indicators follow from its websites. */
export function BureauForm({ creating = false }: { creating?: boolean }) {
  const translate = useTranslate();
  return (
    <SimpleForm toolbar={<RegistryToolbar />}>
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="divisionName" validate={required()} />
      <TextInput source="code" validate={divisionCode} />
      {creating ? <EnumInput source="level" enumName="BureauLevel" validate={required()} /> : null}
      <ReferenceInput source="parentId" reference="bureaus" sort={{ field: 'path', order: 'ASC' }} perPage={200}>
        <AutocompleteInput optionText="name" filterToQuery={(text) => ({ q: text })} />
      </ReferenceInput>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        {translate('bianzhi.tree.indicators')}
      </Typography>
      <DateInput source="documentExchangeBuiltOn" />
      <DateInput source="localAreaNetworkBuiltOn" />
      <DateInput source="paperlessOfficeBuiltOn" />
      <DateInput source="partyIntranetConnectedOn" />
      <ReasonInput />
    </SimpleForm>
  );
}
