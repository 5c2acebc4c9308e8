import { registerEnumType } from 'type-graphql';
import { StaffStatus } from '../staff/staff-enums';

export enum ExitReason {
  RETIREMENT = 'RETIREMENT',
  RESIGNATION = 'RESIGNATION',
  DISMISSAL = 'DISMISSAL',
  DEATH = 'DEATH',
  TRANSFER_OUT = 'TRANSFER_OUT',
}

registerEnumType(ExitReason, {
  name: 'ExitReason',
  description: 'Why a person leaves the establishment (出编原因).',
  valuesConfig: {
    RETIREMENT: { description: 'Retirement (退休).' },
    RESIGNATION: { description: 'Resignation (辞职).' },
    DISMISSAL: { description: 'Dismissal (辞退/开除).' },
    DEATH: { description: 'Death (死亡).' },
    TRANSFER_OUT: { description: 'Transfer out of the establishment kept here (调出).' },
  },
});

/** The status a person has after leaving for a reason: retired, transferred out, or left. */
export const statusAfterExit: Record<ExitReason, StaffStatus> = {
  [ExitReason.RETIREMENT]: StaffStatus.RETIRED,
  [ExitReason.TRANSFER_OUT]: StaffStatus.TRANSFERRED_OUT,
  [ExitReason.RESIGNATION]: StaffStatus.LEFT,
  [ExitReason.DISMISSAL]: StaffStatus.LEFT,
  [ExitReason.DEATH]: StaffStatus.LEFT,
};
