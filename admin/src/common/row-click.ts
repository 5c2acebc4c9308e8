import { useCanAccess, useResourceContext } from 'react-admin';

/** Rows open in the form for those who may edit them, and read-only for everyone else. */
export function useRowClick(): 'edit' | 'show' {
  const resource = useResourceContext();
  const { canAccess } = useCanAccess({ resource, action: 'edit' });
  return canAccess ? 'edit' : 'show';
}
