import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { AllowedFor, Audience } from '../access/operation-access';
import { withinJurisdiction } from '../access/record-access';
import { RegistryWrite, type RegistryWriter } from '../access/write-pipeline';
import { Staff } from '../staff/staff.entity';
import { StaffingUseApproval } from './staffing-use-approval.entity';
import { TransferStaffInput } from './transfer.inputs';
import { transferStaff } from './transfer.service';

@ObjectType({ description: 'The two records of a transfer (调动): the one the person left and the one they entered.' })
export class StaffTransfer {
  @Field(() => Staff, { description: 'The record in the institution left (调出), now TRANSFERRED_OUT.' })
  departed!: Staff;

  @Field(() => Staff, { nullable: true, description: "The record in the receiving institution (调入); null when that institution lies outside the caller's jurisdiction." })
  arrived!: Staff | null;
}

@Resolver()
export class TransferResolver {
  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => StaffTransfer, {
    description:
      "Transfers a person (调动): they leave their institution and enter another against its approval to use posts, in one transaction. The caller needs the sending side (the person's record) in their jurisdiction, and the receiving side's approval either in it too or naming the person (transfereeNationalId).",
  })
  async transferStaff(@Arg('input', () => TransferStaffInput) input: TransferStaffInput, @RegistryWrite() write: RegistryWriter, @Ctx() context: Context): Promise<StaffTransfer> {
    let arrived: Staff | null = null;
    write.cite(input.documentNumber.trim());
    const departed = await write.update(Staff, input, {}, async (departing, em) => {
      const approval = await write.referenced(em, StaffingUseApproval, 'approvalId', input.approvalId, (outside) => outside.transfereeNationalId === departing.nationalId);
      arrived = await transferStaff(em, departing, approval, input);
      await write.auditAlsoCreated(em, arrived, approval.noticeNumber);
    });
    return { departed, arrived: await withinJurisdiction(context, Staff, arrived) };
  }
}
