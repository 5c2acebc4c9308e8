import { Autocomplete, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';

export interface PickedBureau {
  id: string;
  code: string;
  name: string;
}

/** A bureau of the user's jurisdiction (the list the API gives the account), by name or division code. */
export function BureauPicker({ value, onChange }: { value: PickedBureau | null; onChange: (bureau: PickedBureau | null) => void }) {
  const translate = useTranslate();
  const { data, isPending } = useGetList<PickedBureau>('bureaus', { pagination: { page: 1, perPage: 1000 }, sort: { field: 'path', order: 'ASC' } });
  const options = data ?? (value ? [value] : []);
  return (
    <Autocomplete
      options={options}
      value={value}
      onChange={(_, picked) => onChange(picked ? { id: picked.id, code: picked.code, name: picked.name } : null)}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      getOptionLabel={(option) => `${option.name}（${option.code}）`}
      loading={isPending}
      loadingText={translate('ra.page.loading')}
      noOptionsText={translate('bianzhi.registers.noBureau')}
      sx={{ width: 440 }}
      renderInput={(params) => <TextField {...params} size="small" label={translate('bianzhi.registers.bureau')} data-testid="import-bureau" />}
    />
  );
}
