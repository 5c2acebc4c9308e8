import { AccountRole, administratorRoles } from '../account/account-role';

/** What a role may do anywhere in its jurisdiction: the one statement of it, for the server's checks and the client's buttons alike. */
export interface RolePermissions {
  mayWrite: boolean;
  readsAuditTrail: boolean;
  seesPersonalData: boolean;
  createsChildBureaus: boolean;
}

export function permissionsOf(role: AccountRole): RolePermissions {
  const administrator = administratorRoles.has(role);
  const person = role !== AccountRole.INTEGRATOR;
  return {
    mayWrite: administrator,
    readsAuditTrail: person,
    seesPersonalData: person,
    // A county office is the lowest level: there is no bureau below it to create.
    createsChildBureaus: administrator && role !== AccountRole.COUNTY_ADMIN,
  };
}
