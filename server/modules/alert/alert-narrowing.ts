import type { Context } from '../../context';
import { referencedInJurisdiction } from '../access/record-access';
import { EGovUnit } from '../unit/unit.entity';
import type { QuotaCategory } from '../quota/quota-category';
import type { AlertKind } from './alert-enums';
import type { QuotaAlertEventMessage } from './alert-event.types';

/** The subscription's optional narrowing arguments, as the client sent them. */
export interface AlertNarrowingArguments {
  kind?: AlertKind | null;
  category?: QuotaCategory | null;
  unitId?: string | null;
}

/**
 * The test an event must pass to be sent, from the narrowing arguments. A unit
 * outside the caller's jurisdiction is refused exactly as a unit that does not
 * exist, so the answer tells nothing of what lies outside.
 */
export async function alertNarrowing(context: Context, narrowing: AlertNarrowingArguments): Promise<(event: QuotaAlertEventMessage) => boolean> {
  const { kind, category } = narrowing;
  const unitId = narrowing.unitId == null ? null : (await referencedInJurisdiction(context, EGovUnit, 'unitId', narrowing.unitId)).id;
  return ({ alert }) =>
    (kind == null || alert.kind === kind) && (category == null || alert.category === category) && (unitId === null || alert.unit?.id === unitId);
}
