import { DateField, TextField, useLocaleState, type TextFieldProps } from 'react-admin';

/** A LocalDate (YYYY-MM-DD) as the registry records it: no time zone to shift it a day. */
export function DayField(props: TextFieldProps) {
  return <TextField emptyText="—" {...props} />;
}

/** A moment (DateTimeISO) in the user's language and time zone. */
export function MomentField(props: Omit<TextFieldProps, 'emptyText'> & { emptyText?: string }) {
  const [locale] = useLocaleState();
  return <DateField showTime locales={locale === 'en' ? 'en-GB' : 'zh-CN'} emptyText="—" {...props} />;
}
