import type { EstablishmentFigures } from './establishment-figures';

export interface CachedEstablishment {
  version: string;
  own: EstablishmentFigures;
}

/**
 * The establishment figures of each bureau's own existing institutions (all
 * kinds), kept between requests by one server and used only while the
 * bureau's staffing version is still the one they were read at: the version is
 * raised by triggers on every change of a staffing cell and of an institution's
 * bureau, kind, nature, rank, funding, status, e-government flag or supervisor,
 * which are everything these figures group by or count. Bounded by the number
 * of bureaus. Entries are replaced, never changed in place.
 */
export class EstablishmentCache {
  private readonly entries = new Map<number, CachedEstablishment>();

  get(bureauId: number, version: string): CachedEstablishment | undefined {
    const entry = this.entries.get(bureauId);
    return entry?.version === version ? entry : undefined;
  }

  set(bureauId: number, entry: CachedEstablishment): void {
    this.entries.set(bureauId, entry);
  }
}
