import { minValue } from 'react-admin';

/**
 * A count's checks with the form's own messages. Number inputs carry no
 * min/max/required attributes and forms are noValidate: the browser's own
 * bubble ("Value must be greater than or equal to 0.") would stop the form
 * before its message shows.
 */
export const notNegative = minValue(0, 'bianzhi.validation.notNegative');

export function wholeNumber(value: unknown) {
  return value === null || value === undefined || value === '' || Number.isInteger(Number(value)) ? undefined : 'bianzhi.validation.wholeNumber';
}
