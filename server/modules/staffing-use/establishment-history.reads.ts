import DataLoader from 'dataloader';
import type { Jurisdiction } from '../access/jurisdiction';
import type { ReadPool } from '../../database/read-pool';
import type { LeadershipTier } from '../establishment/leadership-tier';
import type { QuotaCategory } from '../quota/quota-category';
import { StaffEntryKind } from './entry-kind';
import { ExitReason } from './exit-reason';
import { EstablishmentEventKind, type EstablishmentEvent } from './establishment-history.types';

/** One post a person held: a staff record, with where it lies and the notice it entered by. */
interface PostHeld {
  id: number;
  institution_id: number;
  bureau_path: string;
  quota_category: QuotaCategory;
  leadership_tier: LeadershipTier | null;
  hired_on: string;
  entry_kind: StaffEntryKind;
  notice_number: string | null;
  exit_reason: ExitReason | null;
  exited_on: string | null;
  exit_document_number: string | null;
}

const entryEvent: Record<StaffEntryKind, EstablishmentEventKind> = {
  [StaffEntryKind.APPROVAL]: EstablishmentEventKind.ENTERED,
  [StaffEntryKind.TRANSFER]: EstablishmentEventKind.TRANSFERRED_IN,
  [StaffEntryKind.RECORDED]: EstablishmentEventKind.RECORDED,
};

/** Every post held by each person (by national ID), oldest record first. */
export function postsHeldLoader(reads: ReadPool) {
  return new DataLoader<string, PostHeld[]>(async (nationalIds) => {
    const rows = await reads.rows<PostHeld>(
      `select staff.id, staff.institution_id, bureau.path as bureau_path, staff.quota_category, staff.leadership_tier,
              to_char(staff.hired_on, 'YYYY-MM-DD') as hired_on, staff.entry_kind, approval.notice_number,
              staff.exit_reason, to_char(staff.exited_on, 'YYYY-MM-DD') as exited_on, staff.exit_document_number, staff.national_id
         from staff
         join institution on institution.id = staff.institution_id
         join bureau on bureau.id = institution.bureau_id
         left join staffing_use_approval approval on approval.id = staff.entry_approval_id
        where staff.national_id = any($1::text[])
        order by staff.id`,
      [nationalIds],
    );
    const byPerson = new Map<string, PostHeld[]>(nationalIds.map((id) => [id, []]));
    for (const row of rows) byPerson.get((row as PostHeld & { national_id: string }).national_id)?.push(row);
    return nationalIds.map((id) => byPerson.get(id) ?? []);
  });
}

/**
 * A person's establishment history (编制沿革) as the caller may see it: the
 * entries and exits of every post they held in the caller's jurisdiction, by
 * date; a post held elsewhere is left out, as if it did not exist.
 */
export function establishmentHistory(posts: PostHeld[], jurisdiction: Jurisdiction): EstablishmentEvent[] {
  const events: EstablishmentEvent[] = [];
  for (const post of posts) {
    if (!jurisdiction.includes(post.bureau_path)) continue;
    const common = { staffId: String(post.id), institutionId: post.institution_id, quotaCategory: post.quota_category, leadershipTier: post.leadership_tier };
    events.push({ ...common, kind: entryEvent[post.entry_kind], occurredOn: post.hired_on, noticeNumber: post.notice_number, documentNumber: null, exitReason: null });
    if (post.exited_on !== null && post.exit_reason !== null) {
      events.push({
        ...common,
        kind: post.exit_reason === ExitReason.TRANSFER_OUT ? EstablishmentEventKind.TRANSFERRED_OUT : EstablishmentEventKind.EXITED,
        occurredOn: post.exited_on,
        noticeNumber: null,
        documentNumber: post.exit_document_number,
        exitReason: post.exit_reason,
      });
    }
  }
  // Stable: on one day, a post's entry comes before its exit, and a transfer's departure (the older record) before its arrival.
  return events.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
}
