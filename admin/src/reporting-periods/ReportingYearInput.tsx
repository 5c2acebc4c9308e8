import { ReferenceInput, SelectInput, type SelectInputProps } from 'react-admin';

/** A year of the annual report, chosen among the periods opened. */
export function ReportingYearInput(props: Omit<SelectInputProps, 'choices' | 'optionText'> & { source?: string }) {
  const { source = 'year', alwaysOn, ...rest } = props;
  return (
    <ReferenceInput source={source} reference="reporting-periods" alwaysOn={alwaysOn} sort={{ field: 'year', order: 'DESC' }}>
      <SelectInput optionText="year" label="resources.annual-returns.fields.year" {...rest} />
    </ReferenceInput>
  );
}
