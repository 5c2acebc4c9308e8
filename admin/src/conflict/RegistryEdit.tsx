import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Edit, useNotify, useResourceContext, type EditProps } from 'react-admin';
import { errorBody, type RequestErrorBody } from '../graphql/client';
import { ConflictDialog } from './ConflictDialog';

/**
 * Edit for registry records: saved only when the server accepts it
 * (pessimistic, so a refusal is seen at once), with the record's version, and
 * a stale version explained with the current values.
 */
export function RegistryEdit({ children, fields, ...props }: EditProps & { children: ReactNode; fields: string[] }) {
  const resource = useResourceContext(props)!;
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<RequestErrorBody['conflict'] | null>(null);
  const [formKey, setFormKey] = useState(0);
  return (
    <>
      <Edit
        {...props}
        key={formKey}
        mutationMode="pessimistic"
        mutationOptions={{
          onError: (error: unknown) => {
            const body = errorBody(error);
            if (body?.conflict) setConflict(body.conflict);
            else if (!body?.errors) notify((error as Error).message, { type: 'error' });
          },
        }}
      >
        {children}
      </Edit>
      {conflict ? (
        <ConflictDialog
          resource={resource}
          conflict={conflict}
          fields={fields}
          onClose={() => setConflict(null)}
          onReload={async () => {
            setConflict(null);
            await queryClient.invalidateQueries({ queryKey: [resource] });
            setFormKey((key) => key + 1);
          }}
        />
      ) : null}
    </>
  );
}
