import { minValue } from 'react-admin';
import type { Reason } from '../../../server/error-reasons';
import { websiteAddressProblem } from '../../../server/modules/website/website-address';
import { currentLanguage } from '../i18n/i18n-provider';
import { translateServerError } from '../i18n/server-errors';
import { today } from './ChangeDialog';

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

/** A refusal the server would make, checked before anything is sent and worded as the server's would be. */
function asTheServerSays(reason: Reason, parameters: Record<string, unknown> = {}) {
  return translateServerError({ message: reason, extensions: { reason, ...parameters } }, currentLanguage());
}

function filledText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** The server keeps a name or title of up to `maximum` characters, trimmed. */
export function longest(maximum: number) {
  return (value: unknown) => (filledText(value) && value.trim().length > maximum ? asTheServerSays('TEXT_TOO_LONG', { maximum }) : undefined);
}

/** The server's own rule: an http(s) URL or a domain name, Chinese ones included (贵州编办.政务). */
export function websiteAddress(value: unknown) {
  const problem = filledText(value) ? websiteAddressProblem(value.trim()) : null;
  return problem ? asTheServerSays(problem) : undefined;
}

/** A date of something done: not after today. */
export function notInFuture(value: unknown) {
  const now = today();
  return typeof value === 'string' && value > now ? asTheServerSays('DATE_IN_FUTURE', { today: now }) : undefined;
}

/** The server's order of two dates of one record: this one not before `earlierField`'s, when both are filled. */
export function notBefore(earlierField: string) {
  return (value: unknown, values: Record<string, unknown> | undefined) => {
    const earlier = values?.[earlierField];
    return typeof value === 'string' && value !== '' && typeof earlier === 'string' && earlier !== '' && value < earlier ? asTheServerSays('DATE_BEFORE', { earlierField, earlier }) : undefined;
  };
}
