import type { StaffingTotals } from './bureau-figures';

export interface CachedStaffing {
  version: string;
  regularUnits: StaffingTotals;
  internalDivisions: StaffingTotals;
}

/**
 * The staffing figures of each bureau's own units, kept between requests by one
 * server and used only while the bureau's staffing version (raised by triggers in
 * every write that changes them) is still the one they were read at. Bounded by
 * the number of bureaus. Entries are replaced, never changed in place.
 */
export class StaffingCache {
  private readonly entries = new Map<number, CachedStaffing>();

  get(bureauId: number, version: string): CachedStaffing | undefined {
    const entry = this.entries.get(bureauId);
    return entry?.version === version ? entry : undefined;
  }

  set(bureauId: number, entry: CachedStaffing): void {
    this.entries.set(bureauId, entry);
  }
}
