import { BureauLevel } from '../bureau/bureau-level';
import { LeadershipTier } from '../establishment/leadership-tier';
import { FundingForm, InstitutionKind, InstitutionNature } from '../institution/institution-enums';
import { InstitutionRank } from '../institution/institution-rank';
import { QuotaCategory } from '../quota/quota-category';
import { Education, Gender } from '../staff/staff-enums';
import { AnnualReturnStatus } from './annual-return-status';
import { returnDocumentVersion } from './return-document';
import { AgeBand } from './staff-profile';

// The JSON Schema (2020-12) of the document an accepted return is exported as, published as
// schema/annual-return.schema.json by `npm run build` (scripts/emit-schema.ts).

const count = { type: 'integer', minimum: 0 } as const;
const text = { type: 'string' } as const;
const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });
const instant = { type: 'string', format: 'date-time' } as const;
const oneOf = (values: Record<string, string>) => ({ type: 'string', enum: Object.values(values) });

/** An object whose every property is required and no other is allowed. */
function record(properties: Record<string, object>, description?: string) {
  return { type: 'object', ...(description ? { description } : {}), properties, required: Object.keys(properties), additionalProperties: false };
}

const rows = (item: object, description: string) => ({ type: 'array', description, items: item });
const coverage = record({ built: count, total: count, coverage: { type: 'number', minimum: 0, maximum: 100 } });

export const returnDocumentSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `https://bianzhi.example/schema/annual-return/v${returnDocumentVersion}.json`,
  title: 'Bianzhi annual return (机构编制统计年报)',
  description: "A bureau's accepted annual return as exported for the central establishment office: the establishment of its whole jurisdiction as frozen, and who signed it. No identity number and no record id of the registry.",
  ...record({
    format: { const: 'bianzhi.annual-return' },
    version: { const: returnDocumentVersion },
    year: { type: 'integer', minimum: 2000, maximum: 2100 },
    cutoffOn: { type: 'string', format: 'date' },
    bureau: record({ code: { type: 'string', pattern: '^[0-9]{6}$' }, name: text, level: oneOf(BureauLevel) }),
    status: oneOf(AnnualReturnStatus),
    frozenAt: instant,
    submittedAt: nullable(instant),
    acceptedAt: nullable(instant),
    signedBy: record({ responsiblePerson: nullable(text), preparer: nullable(text) }, '单位负责人 and 填表人'),
    lateReason: nullable(text),
    tables: record({
      establishment: record(
        {
          institutions: count,
          byKind: rows(record({ kind: oneOf(InstitutionKind), institutions: count }), '按机构类别'),
          byNature: rows(record({ nature: oneOf(InstitutionNature), institutions: count }), '按机构性质'),
          byRank: rows(record({ rank: oneOf(InstitutionRank), institutions: count }), '按机构规格'),
          byFunding: rows(record({ funding: oneOf(FundingForm), institutions: count }), '事业单位按经费形式'),
          byCategory: rows(
            record({ category: oneOf(QuotaCategory), approvedHeadcount: count, activeStaff: count, vacancies: count, excess: count, overStaffedInstitutions: count }),
            '按编制类别',
          ),
          byTier: rows(
            record({ tier: oneOf(LeadershipTier), approvedPositions: count, holders: count, vacantPositions: count, excess: count, overInstitutions: count }),
            '按领导职数层级',
          ),
          approvedHeadcount: count,
          activeStaff: count,
          vacancies: count,
          excess: count,
          approvedPositions: count,
          leaders: count,
          overStaffedInstitutions: count,
          overPositionsInstitutions: count,
          overInstitutions: count,
        },
        '机构编制情况',
      ),
      egovStaffing: record(
        {
          units: count,
          unitsByRank: rows(record({ rank: oneOf(InstitutionRank), units: count }), '按机构规格'),
          byCategory: rows(record({ category: oneOf(QuotaCategory), approvedHeadcount: count, activeStaff: count, vacancies: count }), '按编制类别'),
          approvedHeadcount: count,
          approvedLeadershipPositions: count,
          activeStaff: count,
          activeLeaders: count,
          vacancies: count,
          unitsOverQuota: count,
          unitsOverPositions: count,
        },
        '电子政务机构',
      ),
      indicators: record(
        {
          bureauCount: count,
          withUnit: coverage,
          intranetSite: coverage,
          extranetSite: coverage,
          partyIntranet: coverage,
          localAreaNetwork: coverage,
          paperlessOffice: coverage,
          documentExchange: coverage,
        },
        '五项指标',
      ),
      staffProfile: record(
        {
          total: count,
          byGender: rows(record({ gender: oneOf(Gender), count }), '按性别'),
          byEducation: rows(record({ education: oneOf(Education), count }), '按学历'),
          byAgeBand: rows(record({ ageBand: oneOf(AgeBand), count }), '按年龄段'),
        },
        '实名制人员结构',
      ),
    }),
  }),
};
