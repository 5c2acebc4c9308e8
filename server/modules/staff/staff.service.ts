import { ref, type EntityManager } from '@mikro-orm/postgresql';
import { parseId, refuseNulls, requireNotBefore, requireText } from '../../common/validation';
import { badUserInput, inputProblemError } from '../../errors';
import { loadInstitutionReference, requireActive } from '../institution/institution-reference';
import { readNationalId } from './national-id';
import { lockInstitutions } from '../staffing-use/institution-lock';
import { freePosts } from '../staffing-use/free-posts';
import { Staff } from './staff.entity';
import { StaffStatus } from './staff-enums';
import type { CreateStaffInput, UpdateStaffInput } from './staff.inputs';

/** The ID number is the source of truth for birth date and gender; what the client says must agree with it. */
function checkIdentity(nationalIdText: string, given: Pick<CreateStaffInput, 'gender' | 'birthDate'>) {
  const nationalId = nationalIdText.trim().toUpperCase();
  const facts = readNationalId(nationalId);
  if ('problem' in facts) throw inputProblemError('nationalId', facts.problem);
  if (given.gender !== undefined && given.gender !== facts.gender) {
    throw badUserInput('gender', 'GENDER_DISAGREES_WITH_NATIONAL_ID', { recorded: facts.gender });
  }
  if (given.birthDate !== undefined && given.birthDate !== facts.birthDate) {
    throw badUserInput('birthDate', 'BIRTH_DATE_DISAGREES_WITH_NATIONAL_ID', { recorded: facts.birthDate });
  }
  return { nationalId, ...facts };
}

/** A person is active in at most one place; the partial unique index settles races. */
async function checkSingleActivePost(em: EntityManager, nationalId: string, exceptId?: number): Promise<void> {
  const other = await em.findOne(
    Staff,
    { nationalId, status: StaffStatus.ACTIVE, ...(exceptId ? { id: { $ne: exceptId } } : {}) },
  );
  if (other) {
    // The other post may lie in another jurisdiction: say that it exists, not where.
    throw badUserInput('nationalId', 'NATIONAL_ID_ACTIVE_ELSEWHERE');
  }
}

export async function createStaff(transaction: EntityManager, input: CreateStaffInput): Promise<Staff> {
  const institution = requireActive('institutionId', await loadInstitutionReference(transaction, 'institutionId', input.institutionId));
  const identity = checkIdentity(input.nationalId, input);
  requireNotBefore('hiredOn', input.hiredOn, 'the birth date', identity.birthDate);
  if (input.status === StaffStatus.ACTIVE) await checkSingleActivePost(transaction, identity.nationalId);
  return transaction.create(Staff, {
    institution,
    quotaCategory: input.quotaCategory,
    name: requireText('name', input.name, 50),
    ...identity,
    education: input.education,
    position: requireText('position', input.position, 50),
    leadershipTier: input.leadershipTier ?? null,
    hiredOn: input.hiredOn,
    status: input.status,
  });
}

/**
 * A person in post who changes category or takes a leadership tier takes a
 * post or a position of it: one must be free, after the active staff and the
 * open approvals, checked under the institution's lock as an entry is (超职数配备 is
 * refused, not only reported). Stepping down, or keeping the cell, needs nothing.
 */
async function checkPostChange(transaction: EntityManager, staff: Staff, input: UpdateStaffInput): Promise<void> {
  const category = input.quotaCategory !== undefined && input.quotaCategory !== staff.quotaCategory ? input.quotaCategory : null;
  const tier = input.leadershipTier != null && input.leadershipTier !== staff.leadershipTier ? input.leadershipTier : null;
  if (category === null && tier === null) return;
  await lockInstitutions(transaction, [staff.institution.id]);
  if (category !== null) {
    const free = await freePosts(transaction, staff.institution.id, 'CATEGORY', category);
    if (free < 1) throw badUserInput('quotaCategory', 'NO_VACANCY', { free });
  }
  if (tier !== null) {
    const free = await freePosts(transaction, staff.institution.id, 'TIER', tier);
    if (free < 1) throw badUserInput('leadershipTier', 'NO_VACANT_POSITION', { free });
  }
}

export async function updateStaff(transaction: EntityManager, staff: Staff, input: UpdateStaffInput): Promise<void> {
  refuseNulls(input, ['leadershipTier']);
  const identity = checkIdentity(input.nationalId ?? staff.nationalId, input);
  const hiredOn = input.hiredOn ?? staff.hiredOn;
  requireNotBefore('hiredOn', hiredOn, 'the birth date', identity.birthDate);
  const status = input.status ?? staff.status;
  // People move and come back only through approvals (调动, 入编): a correction keeps a person where they are.
  if (status === StaffStatus.ACTIVE && staff.status !== StaffStatus.ACTIVE) throw badUserInput('status', 'REENTRY_BY_APPROVAL');
  if (status === StaffStatus.ACTIVE && input.institutionId != null && parseId('institutionId', input.institutionId) !== staff.institution.id) throw badUserInput('institutionId', 'MOVE_BY_TRANSFER');
  if (status === StaffStatus.ACTIVE) await checkSingleActivePost(transaction, identity.nationalId, staff.id);
  if (status === StaffStatus.ACTIVE) await checkPostChange(transaction, staff, input);
  if (input.institutionId !== undefined) staff.institution = ref(requireActive('institutionId', await loadInstitutionReference(transaction, 'institutionId', input.institutionId)));
  if (input.quotaCategory !== undefined) staff.quotaCategory = input.quotaCategory;
  if (input.name !== undefined) staff.name = requireText('name', input.name, 50);
  if (input.education !== undefined) staff.education = input.education;
  if (input.position !== undefined) staff.position = requireText('position', input.position, 50);
  if (input.leadershipTier !== undefined) staff.leadershipTier = input.leadershipTier;
  Object.assign(staff, identity, { hiredOn, status });
}
