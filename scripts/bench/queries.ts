import { InstitutionKind, InstitutionNature } from '../../server/modules/institution/institution-enums';
import { InstitutionRank } from '../../server/modules/institution/institution-rank';
import { QuotaCategory } from '../../server/modules/quota/quota-category';
import { LeadershipTier } from '../../server/modules/establishment/leadership-tier';

/**
 * The benchmark's questions, each as the GraphQL query a client sends and as
 * one hand-written SQL statement (json_agg) that builds the same answer: the
 * limit the GraphQL path is measured against.
 */
export interface BenchQuery {
  name: string;
  description: string;
  graphql: string;
  /** One statement returning the whole `data` object as JSON text in column `data`; `$n` is the n-th of `limitVariables`. */
  limitSql: string;
  /**
   * Varied arguments: a statement listing the candidate variables, one row
   * each (columns named as the variables); each request draws one row at
   * random, so that no cache can answer every request. Without it the query
   * takes no variables.
   */
  variantsSql?: string;
  /** The variables the limit's statement takes, as $1, $2, ... */
  limitVariables?: string[];
  /** How the limit compares with the GraphQL answer: 'exact' (the same JSON) unless stated. */
  comparison?: string;
}

/** Orders an enum-valued column as the server lists the enum (its declaration order). */
const enumPosition = (values: Record<string, string>, column: string) => `array_position(array[${Object.values(values).map((value) => `'${value}'`).join(', ')}]::text[], ${column})`;

const staffingFields = 'approvedHeadcount activeStaff vacancies unitsOverQuota';
const coverageFields = 'built coverage';
const indicatorFields = ['intranetSite', 'extranetSite', 'localAreaNetwork', 'paperlessOffice', 'documentExchange']
  .map((field) => `${field} { ${coverageFields} }`)
  .join(' ');

/** Each bureau's own figures; every rollup below sums them over a subtree, as the server does. */
const ownFigures = `
  own as (
    select member.id, member.path,
           (member.level <> 'PROVINCE')::int as counted,
           (member.level <> 'PROVINCE' and exists (select 1 from website where website.bureau_id = member.id and website.network = 'INTRANET'))::int as intranet_site,
           (member.level <> 'PROVINCE' and exists (select 1 from website where website.bureau_id = member.id and website.network = 'EXTRANET'))::int as extranet_site,
           (member.level <> 'PROVINCE' and member.local_area_network_built_on is not null)::int as local_area_network,
           (member.level <> 'PROVINCE' and member.paperless_office_built_on is not null)::int as paperless_office,
           (member.level <> 'PROVINCE' and member.document_exchange_built_on is not null)::int as document_exchange
      from bureau member
  )`;

const coverage = (built: string, total: string) => `json_build_object('built', ${built}, 'coverage', case when ${total} = 0 then 0 else floor(${built} * 10000.0 / ${total}) / 100 end)`;

const institutionStaffingFields = 'staffing { category approvedHeadcount activeStaff vacancies overStaffed }';

const establishmentStatisticsQuery = `query ($code: String!) { bureauByCode(code: $code) { establishmentStatistics { institutions byKind { kind institutions } byNature { nature institutions } byRank { rank institutions } byCategory { category approvedHeadcount activeStaff vacancies excess overStaffedInstitutions } byTier { tier approvedPositions holders vacantPositions overInstitutions } overInstitutions } } }`;

/**
 * The same figures as the server's establishment statistics, summed here over
 * the subtree's existing institutions directly (the server sums each bureau's
 * own figures, kept between requests while its staffing version stands): the
 * institutions counted by kind, nature and rank; their cells in use summed by
 * quota category and leadership tier; the institutions over in some cell.
 */
const establishmentStatisticsLimit = `
  with members as (
    select institution.id, institution.kind, institution.nature, institution.rank
      from bureau root
      join bureau member on member.path ~>=~ root.path and member.path ~<~ (root.path || '~')
      join institution on institution.bureau_id = member.id and institution.status = 'ACTIVE'
     where root.code = $1
  ),
  cells as (
    select cell.dimension, cell.key, count(*) as cells, sum(cell.approved) as approved, sum(cell.active) as active, sum(cell.vacancies) as vacancies,
           sum(cell.excess) as excess, count(*) filter (where cell.over) as over
      from members join staffing_cell_status cell on cell.institution_id = members.id
     where cell.in_use
     group by cell.dimension, cell.key
  )
  select json_build_object('bureauByCode', json_build_object('establishmentStatistics', json_build_object(
    'institutions', (select count(*) from members),
    'byKind', coalesce((select json_agg(json_build_object('kind', kind, 'institutions', institutions) order by ${enumPosition(InstitutionKind, 'kind')})
                          from (select kind, count(*) as institutions from members group by kind) counted), '[]'::json),
    'byNature', coalesce((select json_agg(json_build_object('nature', nature, 'institutions', institutions) order by ${enumPosition(InstitutionNature, 'nature')})
                            from (select nature, count(*) as institutions from members group by nature) counted), '[]'::json),
    'byRank', coalesce((select json_agg(json_build_object('rank', rank, 'institutions', institutions) order by ${enumPosition(InstitutionRank, 'rank')})
                          from (select rank, count(*) as institutions from members group by rank) counted), '[]'::json),
    'byCategory', coalesce((select json_agg(json_build_object('category', key, 'approvedHeadcount', approved, 'activeStaff', active, 'vacancies', vacancies, 'excess', excess, 'overStaffedInstitutions', over)
                                            order by ${enumPosition(QuotaCategory, 'key')})
                              from cells where dimension = 'CATEGORY'), '[]'::json),
    'byTier', coalesce((select json_agg(json_build_object('tier', key, 'approvedPositions', approved, 'holders', active, 'vacantPositions', vacancies, 'overInstitutions', over)
                                        order by ${enumPosition(LeadershipTier, 'key')})
                          from cells where dimension = 'TIER'), '[]'::json),
    'overInstitutions', (select count(distinct cell.institution_id) from members join staffing_cell_status cell on cell.institution_id = members.id where cell.over))))::text as data`;

const staffPageItemFields = 'id name position quotaCategory institution { name }';

/**
 * A page of staff as the server lists them: by name, ties broken by id (every
 * status, as the list's filter asks none); `members` is the statement's
 * relation of the matching staff, with columns id, name, position,
 * quota_category and institution_id.
 */
const staffPageLimit = (members: string, offset: string) => `
      select json_build_object('staff', json_build_object(
        'totalCount', (select count(*) from ${members} counted),
        'items', coalesce((select json_agg(json_build_object('id', page.id::text, 'name', page.name, 'position', page.position, 'quotaCategory', page.quota_category,
                                                             'institution', json_build_object('name', institution.name))
                                           order by page.name, page.id)
                             from (select * from ${members} listed order by name, id limit 50 offset ${offset}) page
                             join institution on institution.id = page.institution_id), '[]'::json)))::text as data`;

/** The units of the deep walk (Q11), as a bureau's field and as the limit's subquery for the bureau aliased `bureau`. */
const walkUnits = 'units { name activeStaffCount }';
const walkUnitsLimit = (bureau: string) => `coalesce((select json_agg(json_build_object('name', u.name, 'activeStaffCount', coalesce((select sum(active) from staffing_cell where institution_id = u.id and dimension = 'CATEGORY'), 0)) order by u.id)
                    from institution u where u.bureau_id = ${bureau}.id and u.is_egov_body and u.status = 'ACTIVE'), '[]'::json)`;

export const benchQueries: BenchQuery[] = [
  {
    name: 'Q1',
    description: 'a bureau by code, with its five indicators; a random bureau per request',
    graphql: `query ($code: String!) { bureauByCode(code: $code) { code name level path indicators { intranetSite { built builtOn } extranetSite { built builtOn } localAreaNetwork { built builtOn } paperlessOffice { built builtOn } documentExchange { built builtOn } } } }`,
    limitSql: `
      select json_build_object('bureauByCode', json_build_object(
        'code', b.code, 'name', b.name, 'level', b.level, 'path', b.path,
        'indicators', json_build_object(
          'intranetSite', (select json_build_object('built', min(launched_on) is not null, 'builtOn', min(launched_on)) from website where bureau_id = b.id and network = 'INTRANET'),
          'extranetSite', (select json_build_object('built', min(launched_on) is not null, 'builtOn', min(launched_on)) from website where bureau_id = b.id and network = 'EXTRANET'),
          'localAreaNetwork', json_build_object('built', b.local_area_network_built_on is not null, 'builtOn', b.local_area_network_built_on),
          'paperlessOffice', json_build_object('built', b.paperless_office_built_on is not null, 'builtOn', b.paperless_office_built_on),
          'documentExchange', json_build_object('built', b.document_exchange_built_on is not null, 'builtOn', b.document_exchange_built_on))))::text as data
        from bureau b where b.code = $1`,
    variantsSql: `select code from bureau order by code`,
    limitVariables: ['code'],
  },
  {
    name: 'Q2',
    description: "one county's units with their current quotas and active staff counts; a random county per request",
    graphql: `query ($code: String!) { bureauByCode(code: $code) { code units { name rank activeStaffCount quotas { category approvedHeadcount } } } }`,
    limitSql: `
      select json_build_object('bureauByCode', json_build_object('code', b.code, 'units', coalesce((
        select json_agg(json_build_object(
                 'name', u.name, 'rank', u.rank,
                 'activeStaffCount', coalesce((select sum(active) from staffing_cell where institution_id = u.id and dimension = 'CATEGORY'), 0),
                 'quotas', coalesce((select json_agg(json_build_object('category', q.category, 'approvedHeadcount', q.approved_headcount)
                                             order by q.category, q.effective_on desc, q.id desc)
                                      from quota q where q.institution_id = u.id and q.superseded_on is null), '[]'::json))
               order by u.id)
          from institution u where u.bureau_id = b.id and u.is_egov_body and u.status = 'ACTIVE'), '[]'::json)))::text as data
        from bureau b where b.code = $1`,
    variantsSql: `select code from bureau where level = 'COUNTY' order by code`,
    limitVariables: ['code'],
  },
  {
    name: 'Q3',
    description: 'the whole tree (province → prefectures → counties) with staffing and indicator rollups',
    graphql: `{ bureauByCode(code: "520000") { code staffingStatistics { ${staffingFields} } children { code staffingStatistics { ${staffingFields} } indicatorStatistics { bureauCount extranetSite { ${coverageFields} } } children { code staffingStatistics { ${staffingFields} } indicatorStatistics { bureauCount extranetSite { ${coverageFields} } } } } } }`,
    limitSql: `
      with ${ownFigures},
      cells as (
        select unit.bureau_id, unit.id as unit_id, cell.approved, cell.active, cell.vacancies, cell.over
          from institution unit join staffing_cell_status cell on cell.institution_id = unit.id
         where unit.is_egov_body and unit.status = 'ACTIVE' and unit.rank <> 'INTERNAL_DIVISION' and cell.dimension = 'CATEGORY' and cell.in_use
      ),
      own_staffing as (
        select bureau_id, sum(approved) as headcount, sum(active) as staff, sum(vacancies) as vacancies
          from cells group by bureau_id
      ),
      own_over as (
        select bureau_id, count(*) as units from (select bureau_id from cells group by bureau_id, unit_id having bool_or(over)) over_units group by bureau_id
      ),
      figures as (
        select root.id, root.code, root.parent_id,
               sum(own.counted) as bureaus, sum(own.extranet_site) as extranet_site,
               coalesce(sum(own_staffing.headcount), 0) as headcount, coalesce(sum(own_staffing.staff), 0) as staff,
               coalesce(sum(own_staffing.vacancies), 0) as vacancies, coalesce(sum(own_over.units), 0) as over_units
          from bureau root
          join own on own.path ~>=~ root.path and own.path ~<~ (root.path || '~')
          left join own_staffing on own_staffing.bureau_id = own.id
          left join own_over on own_over.bureau_id = own.id
         group by root.id, root.code, root.parent_id
      ),
      nodes as (
        select id, code, parent_id,
               json_build_object('approvedHeadcount', headcount, 'activeStaff', staff, 'vacancies', vacancies, 'unitsOverQuota', over_units) as staffing,
               json_build_object('bureauCount', bureaus, 'extranetSite', ${coverage('extranet_site', 'bureaus')}) as indicators
          from figures
      )
      select json_build_object('bureauByCode', json_build_object('code', province.code, 'staffingStatistics', province.staffing,
        'children', (select json_agg(json_build_object('code', prefecture.code, 'staffingStatistics', prefecture.staffing, 'indicatorStatistics', prefecture.indicators,
                       'children', coalesce((select json_agg(json_build_object('code', county.code, 'staffingStatistics', county.staffing, 'indicatorStatistics', county.indicators) order by county.code)
                                               from nodes county where county.parent_id = prefecture.id), '[]'::json)) order by prefecture.code)
                       from nodes prefecture where prefecture.parent_id = province.id)))::text as data
        from nodes province where province.code = '520000'`,
  },
  {
    name: 'Q4',
    description: "the survey's Table 1: each prefecture over all its bureaus, with the province total",
    graphql: `{ indicatorTable { rows { bureau { code name } statistics { bureauCount ${indicatorFields} } } total { bureauCount ${indicatorFields} } } }`,
    limitSql: `
      with ${ownFigures},
      rows as (
        select prefecture.code, prefecture.name, sum(own.counted) as bureaus, sum(own.intranet_site) as intranet_site, sum(own.extranet_site) as extranet_site,
               sum(own.local_area_network) as local_area_network, sum(own.paperless_office) as paperless_office, sum(own.document_exchange) as document_exchange
          from bureau province
          join bureau prefecture on prefecture.parent_id = province.id
          join own on own.path ~>=~ prefecture.path and own.path ~<~ (prefecture.path || '~')
         where province.parent_id is null
         group by prefecture.code, prefecture.name
      ),
      total as (
        select sum(bureaus) as bureaus, sum(intranet_site) as intranet_site, sum(extranet_site) as extranet_site,
               sum(local_area_network) as local_area_network, sum(paperless_office) as paperless_office, sum(document_exchange) as document_exchange
          from rows
      )
      select json_build_object('indicatorTable', json_build_object(
        'rows', (select json_agg(json_build_object('bureau', json_build_object('code', code, 'name', name), 'statistics', json_build_object(
                   'bureauCount', bureaus,
                   'intranetSite', ${coverage('intranet_site', 'bureaus')}, 'extranetSite', ${coverage('extranet_site', 'bureaus')},
                   'localAreaNetwork', ${coverage('local_area_network', 'bureaus')}, 'paperlessOffice', ${coverage('paperless_office', 'bureaus')},
                   'documentExchange', ${coverage('document_exchange', 'bureaus')})) order by code) from rows),
        'total', (select json_build_object('bureauCount', bureaus,
                   'intranetSite', ${coverage('intranet_site', 'bureaus')}, 'extranetSite', ${coverage('extranet_site', 'bureaus')},
                   'localAreaNetwork', ${coverage('local_area_network', 'bureaus')}, 'paperlessOffice', ${coverage('paperless_office', 'bureaus')},
                   'documentExchange', ${coverage('document_exchange', 'bureaus')}) from total)))::text as data`,
  },
  {
    name: 'Q5',
    description: "one county's whole establishment: its institutions (a page of 500) with their staffing per category and tier, a random county per request",
    graphql: `query ($bureauId: ID!) { institutions(filter: { bureauId: $bureauId }, limit: 500) { totalCount items { id name shortName kind nature rank creditCode activeStaffCount overStaffed ${institutionStaffingFields} leadershipStaffing { tier approvedPositions holders overPositions } } } }`,
    variantsSql: `select id::text as "bureauId" from bureau where level = 'COUNTY' order by code`,
    limitVariables: ['bureauId'],
    limitSql: `
      with page as (
        select id, name, short_name, kind, nature, rank, credit_code
          from institution where bureau_id = $1::int and status = 'ACTIVE' order by name, id limit 500
      ),
      staffing as (
        select cell.institution_id,
               sum(cell.active) filter (where cell.dimension = 'CATEGORY') as active_staff,
               bool_or(cell.over) as over,
               json_agg(json_build_object('category', cell.key, 'approvedHeadcount', cell.approved, 'activeStaff', cell.active, 'vacancies', cell.vacancies, 'overStaffed', cell.over)
                        order by cell.key) filter (where cell.dimension = 'CATEGORY') as categories,
               json_agg(json_build_object('tier', cell.key, 'approvedPositions', cell.approved, 'holders', cell.active, 'overPositions', cell.over)
                        order by ${enumPosition(LeadershipTier, 'cell.key')}) filter (where cell.dimension = 'TIER') as tiers
          from staffing_cell_status cell where cell.institution_id in (select id from page) and cell.in_use
         group by cell.institution_id
      )
      select json_build_object('institutions', json_build_object(
        'totalCount', (select count(*) from institution where bureau_id = $1::int and status = 'ACTIVE'),
        'items', coalesce((select json_agg(json_build_object(
                   'id', page.id::text, 'name', page.name, 'shortName', page.short_name, 'kind', page.kind, 'nature', page.nature, 'rank', page.rank, 'creditCode', page.credit_code,
                   'activeStaffCount', coalesce(staffing.active_staff, 0), 'overStaffed', coalesce(staffing.over, false),
                   'staffing', coalesce(staffing.categories, '[]'::json), 'leadershipStaffing', coalesce(staffing.tiers, '[]'::json))
                   order by page.name, page.id)
                   from page left join staffing on staffing.institution_id = page.id), '[]'::json)))::text as data`,
  },
  {
    name: 'Q6',
    description: "the province's establishment statistics (every existing institution of every kind, by kind, nature, rank, category and tier)",
    graphql: establishmentStatisticsQuery,
    variantsSql: `select code from bureau where level = 'PROVINCE'`,
    limitVariables: ['code'],
    limitSql: establishmentStatisticsLimit,
  },
  {
    name: 'Q6b',
    description: 'the establishment statistics of a random bureau among the province and its prefectures, per request',
    graphql: establishmentStatisticsQuery,
    variantsSql: `select code from bureau where level in ('PROVINCE', 'PREFECTURE') order by code`,
    limitVariables: ['code'],
    limitSql: establishmentStatisticsLimit,
  },
  {
    name: 'Q7',
    description: "one institution's page (facts, supervisor, subordinates, internal bodies, 三定 and history, quotas, staffing, open alerts, changes), a random institution per request",
    graphql: `query ($id: ID!) { institution(id: $id) { name shortName creditCode kind nature rank funding bureau { name } supervisingInstitution { name } subordinates { id name } internalBodies { name } currentEstablishment { documentNumber approvedOn principalPositions deputyPositions internalHeadPositions } establishmentHistory { documentNumber approvedOn } quotas { category approvedHeadcount } ${institutionStaffingFields} leadershipStaffing { tier approvedPositions holders } openAlerts { kind category tier } changes { kind documentNumber decidedOn } } }`,
    variantsSql: `select id::text as id from institution order by id`,
    limitVariables: ['id'],
    limitSql: `
      select json_build_object('institution', (
        select json_build_object(
          'name', i.name, 'shortName', i.short_name, 'creditCode', i.credit_code, 'kind', i.kind, 'nature', i.nature, 'rank', i.rank, 'funding', i.funding,
          'bureau', (select json_build_object('name', b.name) from bureau b where b.id = i.bureau_id),
          'supervisingInstitution', (select json_build_object('name', s.name) from institution s where s.id = i.supervising_institution_id),
          'subordinates', coalesce((select json_agg(json_build_object('id', sub.id::text, 'name', sub.name) order by sub.name, sub.id)
                                      from institution sub where sub.supervising_institution_id = i.id and sub.status = 'ACTIVE'), '[]'::json),
          'internalBodies', coalesce((select json_agg(json_build_object('name', body.name) order by body.id)
                                        from internal_body body where body.institution_id = i.id and body.abolished_on is null), '[]'::json),
          'currentEstablishment', (select json_build_object('documentNumber', a.document_number, 'approvedOn', a.approved_on, 'principalPositions', a.principal_positions,
                                                            'deputyPositions', a.deputy_positions, 'internalHeadPositions', a.internal_head_positions)
                                     from establishment_approval a where a.institution_id = i.id and a.superseded_on is null order by a.approved_on desc, a.id desc limit 1),
          'establishmentHistory', coalesce((select json_agg(json_build_object('documentNumber', a.document_number, 'approvedOn', a.approved_on) order by a.approved_on desc, a.id desc)
                                              from establishment_approval a where a.institution_id = i.id), '[]'::json),
          'quotas', coalesce((select json_agg(json_build_object('category', q.category, 'approvedHeadcount', q.approved_headcount) order by q.category, q.effective_on desc, q.id desc)
                                from quota q where q.institution_id = i.id and q.superseded_on is null), '[]'::json),
          'staffing', coalesce((select json_agg(json_build_object('category', c.key, 'approvedHeadcount', c.approved, 'activeStaff', c.active, 'vacancies', c.vacancies, 'overStaffed', c.over) order by c.key)
                                  from staffing_cell_status c where c.institution_id = i.id and c.dimension = 'CATEGORY' and c.in_use), '[]'::json),
          'leadershipStaffing', coalesce((select json_agg(json_build_object('tier', c.key, 'approvedPositions', c.approved, 'holders', c.active) order by ${enumPosition(LeadershipTier, 'c.key')})
                                            from staffing_cell_status c where c.institution_id = i.id and c.dimension = 'TIER' and c.in_use), '[]'::json),
          'openAlerts', coalesce((select json_agg(json_build_object('kind', alert.kind, 'category', alert.category, 'tier', alert.tier) order by alert.raised_at desc, alert.id desc)
                                    from quota_alert alert where alert.institution_id = i.id and alert.resolved_at is null), '[]'::json),
          'changes', coalesce((select json_agg(json_build_object('kind', change.kind, 'documentNumber', change.document_number, 'decidedOn', change.decided_on) order by change.decided_on desc, change.id desc)
                                 from institution_change change where change.institution_id = i.id), '[]'::json))
          from institution i where i.id = $1::int))::text as data`,
  },
  {
    name: 'Q8',
    description: 'one staff record by id with its institution and that institution\'s bureau, a random active staff member per request',
    graphql: `query ($id: ID!) { staffMember(id: $id) { name position quotaCategory leadershipTier status hiredOn institution { name bureau { name path } } } }`,
    variantsSql: `select id::text as id from staff where status = 'ACTIVE' order by random() limit 5000`,
    limitVariables: ['id'],
    limitSql: `
      select json_build_object('staffMember', (
        select json_build_object(
          'name', s.name, 'position', s.position, 'quotaCategory', s.quota_category, 'leadershipTier', s.leadership_tier, 'status', s.status, 'hiredOn', s.hired_on,
          'institution', json_build_object('name', i.name, 'bureau', json_build_object('name', b.name, 'path', b.path)))
          from staff s join institution i on i.id = s.institution_id join bureau b on b.id = i.bureau_id
         where s.id = $1::int))::text as data`,
  },
  {
    name: 'Q9',
    description: 'a page of 50 staff under a bureau\'s subtree, sorted by name, with the count of all; a random county or prefecture and a random page among the first ten per request',
    graphql: `query ($bureauId: ID!, $offset: Int!) { staff(filter: { underBureauId: $bureauId }, sort: { field: NAME }, limit: 50, offset: $offset) { totalCount items { ${staffPageItemFields} } } }`,
    variantsSql: `select bureau.id::text as "bureauId", page.start as "offset" from bureau cross join generate_series(0, 450, 50) as page(start) where bureau.level in ('PREFECTURE', 'COUNTY') order by bureau.code, page.start`,
    limitVariables: ['bureauId', 'offset'],
    limitSql: `
      with members as not materialized (
        select s.id, s.name, s.position, s.quota_category, s.institution_id
          from bureau root
          join bureau member on member.path like root.path || '%'
          join institution on institution.bureau_id = member.id
          join staff s on s.institution_id = institution.id
         where root.id = $1::int
      )${staffPageLimit('members', '$2::int')}`,
  },
  {
    name: 'Q10',
    description: 'the first page of 50 staff of one institution, by name, with the count of all; a random institution per request',
    graphql: `query ($institutionId: ID!) { staff(filter: { institutionId: $institutionId }, limit: 50) { totalCount items { ${staffPageItemFields} } } }`,
    variantsSql: `select id::text as "institutionId" from institution order by id`,
    limitVariables: ['institutionId'],
    limitSql: `
      with members as not materialized (
        select id, name, position, quota_category, institution_id from staff where institution_id = $1::int
      )${staffPageLimit('members', '0')}`,
  },
  {
    name: 'Q11',
    description: "a deep nested walk: a bureau → its children → their children, each with its e-gov units and their active staff counts; the province or a random prefecture per request",
    graphql: `query ($code: String!) { bureauByCode(code: $code) { code ${walkUnits} children { code ${walkUnits} children { code ${walkUnits} } } } }`,
    variantsSql: `select code from bureau where level in ('PROVINCE', 'PREFECTURE') order by code`,
    limitVariables: ['code'],
    limitSql: `
      select json_build_object('bureauByCode', (
        select json_build_object('code', b0.code, 'units', ${walkUnitsLimit('b0')},
          'children', coalesce((select json_agg(json_build_object('code', b1.code, 'units', ${walkUnitsLimit('b1')},
            'children', coalesce((select json_agg(json_build_object('code', b2.code, 'units', ${walkUnitsLimit('b2')}) order by b2.code)
                                    from bureau b2 where b2.parent_id = b1.id), '[]'::json)) order by b1.code)
                                 from bureau b1 where b1.parent_id = b0.id), '[]'::json))
          from bureau b0 where b0.code = $1))::text as data`,
  },
];
