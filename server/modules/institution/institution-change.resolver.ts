import { Arg, Mutation, Resolver } from 'type-graphql';
import { AllowedFor, Audience } from '../access/operation-access';
import { RegistryWrite, type RegistryWriter } from '../access/write-pipeline';
import { Bureau } from '../bureau/bureau.entity';
import { Institution } from './institution.entity';
import {
  AbolishInstitutionInput,
  ChangeInstitutionNatureInput,
  ChangeInstitutionRankInput,
  EstablishInstitutionInput,
  MergeInstitutionInput,
  MoveInstitutionInput,
  RenameInstitutionInput,
  UpdateInstitutionInput,
} from './institution.inputs';
import { abolishInstitution, mergeInstitution, moveInstitution } from './institution-restructuring';
import { changeInstitutionNature, changeInstitutionRank, establishInstitution, renameInstitution, updateInstitution } from './institution.service';

/** The changes of an institution (机构变更), each by a decision, recorded in its history and the audit trail. */
@Resolver(() => Institution)
export class InstitutionChangeResolver {
  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => Institution, { description: 'Establishes an institution (设立机构).' })
  establishInstitution(@Arg('input', () => EstablishInstitutionInput) input: EstablishInstitutionInput, @RegistryWrite() write: RegistryWriter): Promise<Institution> {
    return write.create(Institution, input, async (em) => {
      const bureau = await write.referenced(em, Bureau, 'bureauId', input.bureauId);
      const supervisor = input.supervisingInstitutionId ? await write.referenced(em, Institution, 'supervisingInstitutionId', input.supervisingInstitutionId) : null;
      return establishInstitution(em, input, bureau, supervisor);
    });
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => Institution, { description: "Corrects an institution's registered facts that need no decision: short name, credit code, date established, e-government body (登记信息更正)." })
  updateInstitution(@Arg('input', () => UpdateInstitutionInput) input: UpdateInstitutionInput, @RegistryWrite() write: RegistryWriter): Promise<Institution> {
    return write.update(Institution, input, input, (institution) => updateInstitution(institution, input));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => Institution, { description: 'Renames an institution (机构更名).' })
  renameInstitution(@Arg('input', () => RenameInstitutionInput) input: RenameInstitutionInput, @RegistryWrite() write: RegistryWriter): Promise<Institution> {
    return write.update(Institution, input, input, (institution, em) => renameInstitution(em, institution, input));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => Institution, { description: 'Changes the rank of an institution (调整机构规格).' })
  changeInstitutionRank(@Arg('input', () => ChangeInstitutionRankInput) input: ChangeInstitutionRankInput, @RegistryWrite() write: RegistryWriter): Promise<Institution> {
    return write.update(Institution, input, input, (institution, em) => changeInstitutionRank(em, institution, input));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => Institution, { description: 'Changes the nature of an institution, with its kind or funding form (调整机构性质).' })
  changeInstitutionNature(@Arg('input', () => ChangeInstitutionNatureInput) input: ChangeInstitutionNatureInput, @RegistryWrite() write: RegistryWriter): Promise<Institution> {
    return write.update(Institution, input, input, (institution, em) => changeInstitutionNature(em, institution, input));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => Institution, { description: 'Moves an institution under another supervising institution of its bureau (机构划转).' })
  moveInstitution(@Arg('input', () => MoveInstitutionInput) input: MoveInstitutionInput, @RegistryWrite() write: RegistryWriter): Promise<Institution> {
    return write.update(Institution, input, input, async (institution, em) => {
      const supervisor = input.supervisingInstitutionId ? await write.referenced(em, Institution, 'supervisingInstitutionId', input.supervisingInstitutionId) : null;
      await moveInstitution(em, institution, supervisor, input);
    });
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => Institution, { description: 'Merges an institution into another (机构合并): its active staff and current quotas move to the survivor; returns the merged one.' })
  mergeInstitution(@Arg('input', () => MergeInstitutionInput) input: MergeInstitutionInput, @RegistryWrite() write: RegistryWriter): Promise<Institution> {
    return write.update(Institution, input, input, async (institution, em) => {
      const survivor = await write.referenced(em, Institution, 'intoInstitutionId', input.intoInstitutionId);
      await mergeInstitution(em, institution, survivor, input);
    });
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => Institution, { description: 'Abolishes an institution (撤销机构): refused while it has active staff, unless they transfer in the same change.' })
  abolishInstitution(@Arg('input', () => AbolishInstitutionInput) input: AbolishInstitutionInput, @RegistryWrite() write: RegistryWriter): Promise<Institution> {
    return write.update(Institution, input, input, async (institution, em) => {
      const transferTo = input.transferStaffToInstitutionId
        ? await write.referenced(em, Institution, 'transferStaffToInstitutionId', input.transferStaffToInstitutionId)
        : null;
      await abolishInstitution(em, institution, transferTo, input);
    });
  }
}
