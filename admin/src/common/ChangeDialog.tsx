import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useState, type ReactElement, type ReactNode } from 'react';
import { Button, DateInput, Form, SaveButton, TextInput, required, useNotify, useRefresh, useTranslate } from 'react-admin';
import { errorBody } from '../graphql/client';

/** Today as a LocalDate (YYYY-MM-DD), the usual date of a decision being recorded. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The approval document of a change (批文号, 批复日期), as every decision needs. */
export function DecisionInputs({ dateSource = 'decidedOn' }: { dateSource?: string }) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
      <TextInput source="documentNumber" validate={required()} helperText="bianzhi.institutionActions.documentNumberHint" sx={{ flex: 2 }} />
      <DateInput source={dateSource} validate={required()} sx={{ flex: 1 }} />
    </Stack>
  );
}

type Values = Record<string, unknown>;

/**
 * A change to a record in a dialog (an institution's change, a withdrawal, an
 * entry or exit): its document, the fields it changes, sent at once
 * (pessimistic). The server's field errors are shown beside their inputs,
 * others above the form; a stale version is said plainly, with a way to
 * reload the record. The page is refreshed after success unless `onDone`
 * goes elsewhere.
 */
export function ChangeDialog({
  label,
  icon,
  title,
  name,
  defaultValues,
  fields,
  submit,
  fieldOf = (field) => field,
  version = 0,
  maxWidth = 'sm',
  staleMessage = 'bianzhi.institutionActions.stale',
  onDone,
  children,
}: {
  /** The button's message key. */
  label: string;
  icon: ReactElement;
  /** The dialog's title (message key). */
  title: string;
  /** For tests and screen readers: data-testid of the dialog. */
  name: string;
  defaultValues: Values;
  /** The inputs of the form, to tell field errors they can show from the others. */
  fields: string[];
  /** The version of the institution as read; the one shown when the dialog opened is sent. */
  version?: number;
  /** Sends the change, with the version read when the dialog opened. */
  submit: (values: Values, version: number) => Promise<unknown>;
  /** The form input a server field error belongs to (e.g. internalBodyNames.2 → internalBodies.2.name). */
  fieldOf?: (field: string) => string;
  maxWidth?: 'sm' | 'md';
  /** What a stale version is said with (message key). */
  staleMessage?: string;
  /** What follows success, given what `submit` resolved to; by default the page is refreshed. */
  onDone?: (result: unknown) => void;
  children: ReactNode;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  // The version the user saw when they started the change: a change saved by someone else after that is a conflict.
  const [versionRead, setVersionRead] = useState(version);
  const [problem, setProblem] = useState<{ message: string; stale: boolean } | null>(null);
  const close = () => {
    setOpen(false);
    setProblem(null);
  };

  const onSubmit = async (values: Values) => {
    setProblem(null);
    let result: unknown;
    try {
      result = await submit(values, versionRead);
    } catch (error) {
      const body = errorBody(error);
      const message = (error as Error).message;
      if (body?.code === 'CONFLICT') {
        setProblem({ message: `${translate(staleMessage)} ${message}`, stale: true });
        return undefined;
      }
      if (body?.errors) {
        const besideFields: Record<string, string> = {};
        const others: string[] = [];
        for (const [field, text] of Object.entries(body.errors)) {
          const input = fieldOf(field);
          if (fields.some((known) => input === known || input.startsWith(`${known}.`))) besideFields[input] = text;
          else others.push(text);
        }
        if (others.length > 0) setProblem({ message: others.join('；'), stale: false });
        return besideFields;
      }
      setProblem({ message, stale: false });
      return undefined;
    }
    close();
    notify('bianzhi.institutionActions.done', { type: 'success', messageArgs: { action: translate(title) } });
    if (onDone) onDone(result);
    else refresh();
    return undefined;
  };

  return (
    <>
      <Button
        label={label}
        onClick={() => {
          setVersionRead(version);
          setOpen(true);
        }} data-testid={`open-${name}`}>
        {icon}
      </Button>
      {open ? (
        <Dialog open onClose={close} maxWidth={maxWidth} fullWidth aria-labelledby={`${name}-title`} data-testid={name}>
          {/* Not the page's record: its fields (a person's empty exitedOn) would override the dialog's defaults. */}
          <Form record={defaultValues} defaultValues={defaultValues} onSubmit={onSubmit as never} noValidate>
            <DialogTitle id={`${name}-title`}>{translate(title)}</DialogTitle>
            <DialogContent>
              {problem ? (
                <Alert
                  severity={problem.stale ? 'warning' : 'error'}
                  sx={{ mb: 2 }}
                  data-testid="change-problem"
                  action={
                    problem.stale ? (
                      <MuiButton color="inherit" size="small" onClick={() => { close(); refresh(); }}>
                        {translate('bianzhi.institutionActions.reload')}
                      </MuiButton>
                    ) : undefined
                  }
                >
                  {problem.message}
                </Alert>
              ) : null}
              {children}
            </DialogContent>
            <DialogActions>
              <MuiButton onClick={close}>{translate('ra.action.cancel')}</MuiButton>
              <SaveButton alwaysEnable label="bianzhi.institutionActions.submit" />
            </DialogActions>
          </Form>
        </Dialog>
      ) : null}
    </>
  );
}
