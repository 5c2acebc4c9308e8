import type { StaffingUseApplicationRecordFragment } from '../gql/graphql';

/** An application named where it is linked to (an approval's page, a title): who applied, and when. */
export function applicationRepresentation(application: StaffingUseApplicationRecordFragment): string {
  return `${application.institution.name} · ${application.appliedOn}`;
}
