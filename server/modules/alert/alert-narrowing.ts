import type { Context } from '../../context';
import { referencedInJurisdiction } from '../access/record-access';
import { Institution } from '../institution/institution.entity';
import type { LeadershipTier } from '../establishment/leadership-tier';
import type { QuotaCategory } from '../quota/quota-category';
import type { AlertKind } from './alert-enums';
import type { QuotaAlertEventMessage } from './alert-event.types';

/** The subscription's optional narrowing arguments, as the client sent them. */
export interface AlertNarrowingArguments {
  kind?: AlertKind | null;
  category?: QuotaCategory | null;
  tier?: LeadershipTier | null;
  institutionId?: string | null;
}

/**
 * The test an event must pass to be sent, from the narrowing arguments. An institution
 * outside the caller's jurisdiction is refused exactly as one that does not
 * exist, so the answer tells nothing of what lies outside.
 */
export async function alertNarrowing(context: Context, narrowing: AlertNarrowingArguments): Promise<(event: QuotaAlertEventMessage) => boolean> {
  const { kind, category, tier } = narrowing;
  const institutionId = narrowing.institutionId == null ? null : (await referencedInJurisdiction(context, Institution, 'institutionId', narrowing.institutionId)).id;
  return ({ alert }) =>
    (kind == null || alert.kind === kind) &&
    (category == null || alert.category === category) &&
    (tier == null || alert.tier === tier) &&
    (institutionId === null || alert.institution?.id === institutionId);
}
