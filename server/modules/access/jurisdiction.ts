import type { ReasonArguments } from '../../error-reasons';
import { forbidden, unauthenticated, type ForbiddenReason } from '../../errors';
import { permissionsOf } from './role-permissions';
import type { Principal } from './principal';

/** A path no bureau has (paths are digits and slashes): the jurisdiction of a caller without credentials. */
const nowhere = '~';

/**
 * The part of the tree a caller may see, and what they may do there. Every
 * read and write asks it; records are placed by their bureau's tree path.
 */
export class Jurisdiction {
  readonly path: string;

  constructor(readonly principal: Principal | null) {
    this.path = principal?.jurisdictionPath ?? nowhere;
  }

  /** LIKE pattern of every bureau path inside (paths hold no LIKE wildcards). */
  get pattern(): string {
    return `${this.path}%`;
  }

  get isRegistryWide(): boolean {
    return this.path === '';
  }

  includes(bureauPath: string): boolean {
    return bureauPath.startsWith(this.path);
  }

  /** The caller, for acts that need one (writes, their audit entries); refused without credentials. */
  get actor(): Principal {
    if (!this.principal) throw unauthenticated('LOGIN_REQUIRED');
    return this.principal;
  }

  get canWrite(): boolean {
    return this.principal !== null && permissionsOf(this.principal.role).mayWrite;
  }

  /** Auditors and the administrators of a subtree see its audit trail and unmasked personal data; integrators do not. */
  get seesPersonalData(): boolean {
    return this.principal !== null && permissionsOf(this.principal.role).seesPersonalData;
  }

  get readsAuditTrail(): boolean {
    return this.principal !== null && permissionsOf(this.principal.role).readsAuditTrail;
  }

  /** Refuses a record whose bureau lies outside, naming the field that pointed at it. */
  require<Name extends ForbiddenReason>(field: string, bureauPath: string, reason: Name, ...parameters: ReasonArguments<Name>): void {
    if (!this.includes(bureauPath)) throw forbidden(field, reason, ...parameters);
  }
}
