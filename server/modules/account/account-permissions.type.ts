import { Field, ObjectType } from 'type-graphql';
import type { RolePermissions } from '../access/role-permissions';

@ObjectType({ description: "What an account's role allows within its jurisdiction (账号权限), as the server enforces it: clients offer only these actions." })
export class AccountPermissions implements RolePermissions {
  @Field(() => Boolean, { description: 'Creates, changes and deletes records and accounts (可修改).' })
  mayWrite!: boolean;

  @Field(() => Boolean, { description: 'Reads the audit trail and the accounts (可查看审计记录和账号).' })
  readsAuditTrail!: boolean;

  @Field(() => Boolean, { description: 'Sees national ID numbers and birth dates unmasked (可查看个人信息).' })
  seesPersonalData!: boolean;

  @Field(() => Boolean, { description: 'Creates bureaus below its own (可新建下级编办); a county office has none below it.' })
  createsChildBureaus!: boolean;
}
