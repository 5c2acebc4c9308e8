import { LockMode, ref, type EntityManager } from '@mikro-orm/postgresql';
import { requireNonNegativeInteger, requireText } from '../../common/validation';
import { badUserInput } from '../../errors';
import { InstitutionChangeKind } from '../institution/institution-change-kind';
import { recordChange } from '../institution/institution-history';
import type { Institution } from '../institution/institution.entity';
import { requireActive } from '../institution/institution-reference';
import { InternalBody } from '../institution/internal-body.entity';
import { Quota } from '../quota/quota.entity';
import { EstablishmentApproval } from './establishment-approval.entity';
import type { ApproveEstablishmentInput } from './establishment.inputs';

function checkFigures(input: ApproveEstablishmentInput): string[] {
  const seen = new Set<string>();
  input.quotas.forEach((line, index) => {
    if (seen.has(line.category)) throw badUserInput(`quotas.${index}.category`, 'DUPLICATE_CATEGORY', { category: line.category });
    seen.add(line.category);
    requireNonNegativeInteger(`quotas.${index}.headcount`, line.headcount);
  });
  requireNonNegativeInteger('principalPositions', input.principalPositions);
  requireNonNegativeInteger('deputyPositions', input.deputyPositions);
  requireNonNegativeInteger('internalHeadPositions', input.internalHeadPositions);
  const approvedHeadcount = input.quotas.reduce((sum, line) => sum + line.headcount, 0);
  const positions = input.principalPositions + input.deputyPositions + input.internalHeadPositions;
  if (positions > approvedHeadcount) throw badUserInput('deputyPositions', 'LEADERSHIP_EXCEEDS_HEADCOUNT', { approvedHeadcount });
  const names = new Set<string>();
  return input.internalBodyNames.map((name, index) => {
    const text = requireText(`internalBodyNames.${index}`, name, 100);
    if (names.has(text)) throw badUserInput(`internalBodyNames.${index}`, 'DUPLICATE_INTERNAL_BODY', { name: text });
    names.add(text);
    return text;
  });
}

/**
 * A new 三定 supersedes the current one on its date, with every current quota
 * of the institution (a category it leaves out has none from then on) and the
 * internal bodies it no longer names. The current rows are locked so that two
 * approvals at once are serialized; the partial unique indexes are the last word.
 */
export async function approveEstablishment(em: EntityManager, institution: Institution, input: ApproveEstablishmentInput): Promise<EstablishmentApproval> {
  requireActive('institutionId', institution);
  const bodyNames = checkFigures(input);
  const documentNumber = requireText('documentNumber', input.documentNumber, 100);
  const current = await em.findOne(EstablishmentApproval, { institution, supersededOn: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (current && input.approvedOn < current.approvedOn) throw badUserInput('approvedOn', 'APPROVAL_BEFORE_CURRENT', { currentApprovedOn: current.approvedOn });
  const currentQuotas = await em.find(Quota, { institution, supersededOn: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  for (const quota of currentQuotas) {
    if (input.approvedOn < quota.effectiveOn) throw badUserInput('approvedOn', 'APPROVAL_BEFORE_CURRENT', { currentApprovedOn: quota.effectiveOn });
    quota.supersededOn = input.approvedOn;
  }
  if (current) current.supersededOn = input.approvedOn;
  // Before the new rows go in: the partial unique indexes allow one current 三定 and one current quota per category.
  await em.flush();
  const approval = em.create(EstablishmentApproval, {
    institution,
    documentNumber,
    approvedOn: input.approvedOn,
    mainFunctions: input.mainFunctions.trim(),
    internalBodyNames: bodyNames,
    principalPositions: input.principalPositions,
    deputyPositions: input.deputyPositions,
    internalHeadPositions: input.internalHeadPositions,
    replaces: current ? ref(current) : null,
  });
  for (const line of input.quotas) {
    const replaced = currentQuotas.find((quota) => quota.category === line.category);
    em.create(Quota, {
      institution,
      category: line.category,
      approvedHeadcount: line.headcount,
      documentNumber,
      effectiveOn: input.approvedOn,
      replaces: replaced ? ref(replaced) : null,
      approval,
    });
  }
  const existing = await em.find(InternalBody, { institution, abolishedOn: null });
  for (const body of existing) if (!bodyNames.includes(body.name)) body.abolishedOn = input.approvedOn;
  for (const name of bodyNames) if (!existing.some((body) => body.name === name)) em.create(InternalBody, { institution, name });
  institution.duties = approval.mainFunctions;
  recordChange(em, institution, InstitutionChangeKind.ESTABLISHMENT_APPROVED, { documentNumber, decidedOn: input.approvedOn });
  return approval;
}
