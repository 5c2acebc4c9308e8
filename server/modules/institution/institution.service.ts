import { ref, type EntityManager } from '@mikro-orm/postgresql';
import { refuseNulls, requireText } from '../../common/validation';
import { badUserInput } from '../../errors';
import type { Bureau } from '../bureau/bureau.entity';
import { checkKindNatureFunding, normalizedCreditCode } from './institution-facts';
import { recordChange } from './institution-history';
import { InstitutionChangeKind } from './institution-change-kind';
import { Institution } from './institution.entity';
import { requireActive } from './institution-reference';
import type {
  ChangeInstitutionNatureInput,
  ChangeInstitutionRankInput,
  EstablishInstitutionInput,
  RenameInstitutionInput,
  UpdateInstitutionInput,
} from './institution.inputs';

function optionalText(field: string, value: string | null | undefined, maximumLength: number): string | null {
  return value == null || value.trim() === '' ? null : requireText(field, value, maximumLength);
}

/** A supervising institution is an existing one of the same bureau, and never the institution itself or one it supervises. */
export async function checkSupervisor(em: EntityManager, institution: Institution | null, bureauId: number, supervisor: Institution | null): Promise<void> {
  const field = 'supervisingInstitutionId';
  if (!supervisor) return;
  requireActive(field, supervisor);
  if (supervisor.bureau.id !== bureauId) throw badUserInput(field, 'SUPERVISOR_OF_ANOTHER_BUREAU');
  if (!institution) return;
  const [{ cycle }] = await em.execute<{ cycle: boolean }[]>(
    `with recursive chain(id) as (select ?::int union select institution.supervising_institution_id from institution join chain on institution.id = chain.id where institution.supervising_institution_id is not null)
     select exists (select 1 from chain where id = ?) as cycle`,
    [supervisor.id, institution.id],
  );
  if (cycle) throw badUserInput(field, 'SUPERVISION_CYCLE');
}

export async function establishInstitution(em: EntityManager, input: EstablishInstitutionInput, bureau: Bureau, supervisor: Institution | null): Promise<Institution> {
  const funding = input.funding ?? null;
  checkKindNatureFunding(input.kind, input.nature, funding);
  await checkSupervisor(em, null, bureau.id, supervisor);
  const institution = em.create(Institution, {
    bureau,
    name: requireText('name', input.name, 200),
    shortName: optionalText('shortName', input.shortName, 100),
    creditCode: normalizedCreditCode('creditCode', input.creditCode),
    kind: input.kind,
    nature: input.nature,
    rank: input.rank,
    funding,
    supervisingInstitution: supervisor ? ref(supervisor) : null,
    isEgovBody: input.isEgovBody ?? false,
    establishedOn: input.decidedOn,
    duties: input.duties?.trim() ?? '',
  });
  recordChange(em, institution, InstitutionChangeKind.ESTABLISHED, input, { after: institution.name });
  return institution;
}

export function updateInstitution(institution: Institution, input: UpdateInstitutionInput): void {
  refuseNulls(input, ['shortName', 'creditCode', 'establishedOn']);
  if (input.shortName !== undefined) institution.shortName = optionalText('shortName', input.shortName, 100);
  if (input.creditCode !== undefined) institution.creditCode = normalizedCreditCode('creditCode', input.creditCode);
  if (input.establishedOn !== undefined) institution.establishedOn = input.establishedOn;
  if (input.isEgovBody !== undefined) institution.isEgovBody = input.isEgovBody;
}

export function renameInstitution(em: EntityManager, institution: Institution, input: RenameInstitutionInput): void {
  requireActive('id', institution);
  const before = institution.name;
  const name = requireText('name', input.name, 200);
  if (name === before) throw badUserInput('name', 'CHANGES_NOTHING');
  institution.name = name;
  if (input.shortName !== undefined) institution.shortName = optionalText('shortName', input.shortName, 100);
  recordChange(em, institution, InstitutionChangeKind.RENAMED, input, { before, after: institution.name });
}

export function changeInstitutionRank(em: EntityManager, institution: Institution, input: ChangeInstitutionRankInput): void {
  requireActive('id', institution);
  const before = institution.rank;
  if (input.rank === before) throw badUserInput('rank', 'CHANGES_NOTHING');
  institution.rank = input.rank;
  recordChange(em, institution, InstitutionChangeKind.RANK_CHANGED, input, { before, after: institution.rank });
}

export function changeInstitutionNature(em: EntityManager, institution: Institution, input: ChangeInstitutionNatureInput): void {
  requireActive('id', institution);
  refuseNulls(input, ['funding']);
  const describe = () => [institution.kind, institution.nature, institution.funding].filter(Boolean).join(' ');
  const before = describe();
  const kind = input.kind ?? institution.kind;
  const funding = input.funding !== undefined ? input.funding : institution.funding;
  checkKindNatureFunding(kind, input.nature, funding);
  if (kind === institution.kind && input.nature === institution.nature && funding === institution.funding) throw badUserInput('nature', 'CHANGES_NOTHING');
  institution.kind = kind;
  institution.nature = input.nature;
  institution.funding = funding;
  recordChange(em, institution, InstitutionChangeKind.NATURE_CHANGED, input, { before, after: describe() });
}
