import { ref, type EntityManager } from '@mikro-orm/postgresql';
import { refuseNulls, requireText } from '../../common/validation';
import { badUserInput } from '../../errors';
import { loadBureauReference } from '../bureau/bureau-reference';
import { EstablishmentApproval } from '../establishment/establishment-approval.entity';
import { FundingForm, InstitutionKind, InstitutionNature } from '../institution/institution-enums';
import { Institution } from '../institution/institution.entity';
import { Quota } from '../quota/quota.entity';
import { StaffingUseApplication } from '../staffing-use/staffing-use-application.entity';
import { StaffingUseApproval } from '../staffing-use/staffing-use-approval.entity';
import { Staff } from '../staff/staff.entity';
import type { CreateEGovUnitInput, UpdateEGovUnitInput } from './unit.inputs';

/** An e-government unit as the survey knew it: a fully funded public institution (公益一类) that is its bureau's e-government body. */
export async function createUnit(transaction: EntityManager, input: CreateEGovUnitInput): Promise<Institution> {
  return transaction.create(Institution, {
    bureau: await loadBureauReference(transaction, 'bureauId', input.bureauId),
    name: requireText('name', input.name, 100),
    kind: InstitutionKind.PUBLIC_INSTITUTION,
    nature: InstitutionNature.PUBLIC_WELFARE_ONE,
    funding: FundingForm.FULL,
    rank: input.rank,
    isEgovBody: true,
    establishedOn: input.establishedOn ?? null,
    duties: input.duties?.trim() ?? '',
  });
}

function requireUnit(unit: Institution): void {
  if (!unit.isEgovBody) throw badUserInput('id', 'NOT_AN_EGOV_UNIT');
}

export async function updateUnit(transaction: EntityManager, unit: Institution, input: UpdateEGovUnitInput): Promise<void> {
  requireUnit(unit);
  refuseNulls(input, ['establishedOn']);
  if (input.bureauId !== undefined) unit.bureau = ref(await loadBureauReference(transaction, 'bureauId', input.bureauId));
  if (input.name !== undefined) unit.name = requireText('name', input.name, 100);
  if (input.rank !== undefined) unit.rank = input.rank;
  if (input.establishedOn !== undefined) unit.establishedOn = input.establishedOn;
  if (input.duties !== undefined) unit.duties = input.duties.trim();
}

/** A unit is deleted only once nothing depends on it: no staff, no quota or 三定 records. */
export async function checkUnitDeletable(unit: Institution, transaction: EntityManager): Promise<void> {
  requireUnit(unit);
  const staff = await transaction.count(Staff, { institution: unit });
  if (staff > 0) throw badUserInput('id', 'UNIT_HAS_STAFF', { name: unit.name, count: staff });
  const quotas = (await transaction.count(Quota, { institution: unit })) + (await transaction.count(EstablishmentApproval, { institution: unit }));
  if (quotas > 0) throw badUserInput('id', 'UNIT_HAS_QUOTAS', { name: unit.name, count: quotas });
  const staffingUse = (await transaction.count(StaffingUseApproval, { institution: unit })) + (await transaction.count(StaffingUseApplication, { institution: unit }));
  if (staffingUse > 0) throw badUserInput('id', 'UNIT_STILL_HAS_STAFFING_USE');
}
