import { useWatch } from 'react-hook-form';
import { DeleteButton, SaveButton, Toolbar } from 'react-admin';

/**
 * Save, and delete after a confirmation: a deletion carries the record's
 * version and the form's approval document or reason into the audit trail,
 * like any other change (a quota's: its document number, `reasonSource`).
 */
export function RegistryToolbar({ reasonSource = 'reason' }: { reasonSource?: string }) {
  const reason = useWatch({ name: reasonSource }) as string | undefined;
  return (
    <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
      <SaveButton />
      <DeleteButton mutationMode="pessimistic" mutationOptions={{ meta: { reason: reason || undefined } }} />
    </Toolbar>
  );
}
