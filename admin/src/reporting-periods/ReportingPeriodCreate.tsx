import { Create, DateInput, NumberInput, SimpleForm, maxValue, minValue, required } from 'react-admin';
import { ReasonInput } from '../common/ReasonInput';

/** The year after the last full one, due at the end of March as the annual report usually is. */
function nextYearDefaults() {
  const year = new Date().getFullYear() - 1;
  return { year, cutoffOn: `${year}-12-31`, dueOn: `${year + 1}-03-31` };
}

/** 开启年报: the province opens a year for the whole registry, with its cut-off and due dates. */
export function ReportingPeriodCreate() {
  return (
    <Create redirect="list" title="bianzhi.annualReport.openYear">
      <SimpleForm defaultValues={nextYearDefaults()} noValidate>
        <NumberInput source="year" validate={[required(), minValue(2000), maxValue(2100)]} step={1} />
        <DateInput source="cutoffOn" validate={required()} helperText="bianzhi.annualReport.cutoffHint" />
        <DateInput source="dueOn" validate={required()} />
        <ReasonInput />
      </SimpleForm>
    </Create>
  );
}
