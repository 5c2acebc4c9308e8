import KeyIcon from '@mui/icons-material/Key';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, ListItemIcon, ListItemText, MenuItem, TextField } from '@mui/material';
import { forwardRef, useState, type FormEvent } from 'react';
import { useNotify, useTranslate, useUserMenu } from 'react-admin';
import { ChangePasswordDocument } from '../gql/graphql';
import { errorBody, execute } from '../graphql/client';

/** 修改密码 in the user menu: the server checks the current password and ends the account's other sessions. */
export const ChangePasswordMenuItem = forwardRef<HTMLLIElement>(function ChangePasswordMenuItem(_props, ref) {
  const translate = useTranslate();
  const notify = useNotify();
  const userMenu = useUserMenu();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', confirmation: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const close = () => {
    setOpen(false);
    setValues({ currentPassword: '', newPassword: '', confirmation: '' });
    setErrors({});
    userMenu?.onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The form's own messages, not the browser's bubble: the form is noValidate.
    const missing = (Object.keys(values) as (keyof typeof values)[]).filter((name) => values[name] === '');
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((name) => [name, translate('ra.validation.required')])));
      return;
    }
    if (values.newPassword !== values.confirmation) {
      setErrors({ confirmation: translate('bianzhi.password.mismatch') });
      return;
    }
    setSaving(true);
    try {
      await execute(ChangePasswordDocument, { currentPassword: values.currentPassword, newPassword: values.newPassword });
      notify('bianzhi.password.changed', { type: 'success' });
      close();
    } catch (error) {
      const body = errorBody(error);
      if (body?.errors) setErrors(body.errors);
      else notify((error as Error).message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  const field = (name: keyof typeof values, label: string) => (
    <TextField
      name={name}
      type="password"
      label={translate(label)}
      value={values[name]}
      onChange={(event) => setValues({ ...values, [name]: event.target.value })}
      error={!!errors[name]}
      helperText={errors[name] ?? ' '}
      autoComplete={name === 'currentPassword' ? 'current-password' : 'new-password'}
      required
      fullWidth
      margin="dense"
    />
  );

  return (
    <>
      <MenuItem ref={ref} onClick={() => setOpen(true)}>
        <ListItemIcon>
          <KeyIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText>{translate('bianzhi.password.change')}</ListItemText>
      </MenuItem>
      <Dialog open={open} onClose={close} maxWidth="xs" fullWidth>
        <form onSubmit={submit} noValidate>
          <DialogTitle>{translate('bianzhi.password.change')}</DialogTitle>
          <DialogContent>
            {field('currentPassword', 'bianzhi.password.current')}
            {field('newPassword', 'bianzhi.password.new')}
            {field('confirmation', 'bianzhi.password.confirmation')}
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={saving}>
              {translate('ra.action.save')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
});
