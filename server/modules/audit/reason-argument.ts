import { Arg } from 'type-graphql';

/** The optional `reason` every mutation takes, kept in its audit entry. */
export function ReasonArgument(): ReturnType<typeof Arg> {
  return Arg('reason', () => String, {
    nullable: true,
    description: 'Approval document number (批准文号) or reason for the change (变更原因), kept in the audit trail; at most 500 characters.',
  });
}
