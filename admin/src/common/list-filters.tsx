import { AutocompleteInput, ReferenceInput } from 'react-admin';

/** A bureau chosen by name, in tree order: by default 所辖范围 (`underBureauId`, the bureau and its whole subtree). */
export function bureauFilter({ source = 'underBureauId', alwaysOn }: { source?: string; alwaysOn?: boolean } = {}) {
  return (
    <ReferenceInput key={source} source={source} reference="bureaus" sort={{ field: 'path', order: 'ASC' }} perPage={200} alwaysOn={alwaysOn}>
      <AutocompleteInput optionText="name" filterToQuery={(text) => ({ q: text })} />
    </ReferenceInput>
  );
}

/** An institution chosen by name (`institutionId`). */
export function institutionFilter({ alwaysOn }: { alwaysOn?: boolean } = {}) {
  return (
    <ReferenceInput key="institutionId" source="institutionId" reference="institutions" perPage={100} alwaysOn={alwaysOn}>
      <AutocompleteInput optionText="name" filterToQuery={(text) => ({ q: text })} />
    </ReferenceInput>
  );
}
