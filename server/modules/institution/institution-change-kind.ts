import { registerEnumType } from 'type-graphql';

export enum InstitutionChangeKind {
  ESTABLISHED = 'ESTABLISHED',
  RENAMED = 'RENAMED',
  RANK_CHANGED = 'RANK_CHANGED',
  NATURE_CHANGED = 'NATURE_CHANGED',
  MOVED = 'MOVED',
  MERGED_INTO = 'MERGED_INTO',
  ABSORBED = 'ABSORBED',
  ABOLISHED = 'ABOLISHED',
  ESTABLISHMENT_APPROVED = 'ESTABLISHMENT_APPROVED',
}

registerEnumType(InstitutionChangeKind, {
  name: 'InstitutionChangeKind',
  description: 'Kind of change of an institution (机构变更类型).',
  valuesConfig: {
    ESTABLISHED: { description: 'Established (设立).' },
    RENAMED: { description: 'Renamed (更名).' },
    RANK_CHANGED: { description: 'Rank changed (调整规格).' },
    NATURE_CHANGED: { description: 'Nature or funding form changed (调整性质).' },
    MOVED: { description: 'Moved under another supervising institution (划转).' },
    MERGED_INTO: { description: 'Merged into another institution, its staff and quotas moving there (并入).' },
    ABSORBED: { description: 'Took in a merged institution with its staff and quotas (合并承接).' },
    ABOLISHED: { description: 'Abolished (撤销).' },
    ESTABLISHMENT_APPROVED: { description: 'A new 三定 approved, superseding the previous one (三定批复).' },
  },
});
