/**
 * The benchmark's four questions, each as the GraphQL query a client sends and
 * as one hand-written SQL statement (json_agg) that builds the same answer: the
 * limit the GraphQL path is measured against.
 */
export interface BenchQuery {
  name: string;
  description: string;
  graphql: string;
  /** One statement returning the whole `data` object as JSON text in column `data`. */
  limitSql: string;
}

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

export const benchQueries: BenchQuery[] = [
  {
    name: 'Q1',
    description: 'a bureau by code, with its five indicators',
    graphql: `{ bureauByCode(code: "520302") { code name level path indicators { intranetSite { built builtOn } extranetSite { built builtOn } localAreaNetwork { built builtOn } paperlessOffice { built builtOn } documentExchange { built builtOn } } } }`,
    limitSql: `
      select json_build_object('bureauByCode', json_build_object(
        'code', b.code, 'name', b.name, 'level', b.level, 'path', b.path,
        'indicators', json_build_object(
          'intranetSite', (select json_build_object('built', min(launched_on) is not null, 'builtOn', min(launched_on)) from website where bureau_id = b.id and network = 'INTRANET'),
          'extranetSite', (select json_build_object('built', min(launched_on) is not null, 'builtOn', min(launched_on)) from website where bureau_id = b.id and network = 'EXTRANET'),
          'localAreaNetwork', json_build_object('built', b.local_area_network_built_on is not null, 'builtOn', b.local_area_network_built_on),
          'paperlessOffice', json_build_object('built', b.paperless_office_built_on is not null, 'builtOn', b.paperless_office_built_on),
          'documentExchange', json_build_object('built', b.document_exchange_built_on is not null, 'builtOn', b.document_exchange_built_on))))::text as data
        from bureau b where b.code = '520302'`,
  },
  {
    name: 'Q2',
    description: "one county's units with their current quotas and active staff counts",
    graphql: `{ bureauByCode(code: "520302") { code units { name rank activeStaffCount quotas { category approvedHeadcount approvedLeadershipPositions } } } }`,
    limitSql: `
      select json_build_object('bureauByCode', json_build_object('code', b.code, 'units', coalesce((
        select json_agg(json_build_object(
                 'name', u.name, 'rank', u.rank,
                 'activeStaffCount', coalesce((select sum(active_staff) from unit_staffing where unit_id = u.id), 0),
                 'quotas', coalesce((select json_agg(json_build_object('category', q.category, 'approvedHeadcount', q.approved_headcount, 'approvedLeadershipPositions', q.approved_leadership_positions)
                                             order by q.category, q.effective_on desc, q.id desc)
                                      from quota q where q.unit_id = u.id and q.superseded_on is null), '[]'::json))
               order by u.id)
          from egov_unit u where u.bureau_id = b.id), '[]'::json)))::text as data
        from bureau b where b.code = '520302'`,
  },
  {
    name: 'Q3',
    description: 'the whole tree (province → prefectures → counties) with staffing and indicator rollups',
    graphql: `{ bureauByCode(code: "520000") { code staffingStatistics { ${staffingFields} } children { code staffingStatistics { ${staffingFields} } indicatorStatistics { bureauCount extranetSite { ${coverageFields} } } children { code staffingStatistics { ${staffingFields} } indicatorStatistics { bureauCount extranetSite { ${coverageFields} } } } } } }`,
    limitSql: `
      with ${ownFigures},
      cells as (
        select unit.bureau_id, unit.id as unit_id, cell.approved_headcount, cell.active_staff
          from egov_unit unit join unit_staffing cell on cell.unit_id = unit.id
         where unit.rank <> 'INTERNAL_DIVISION' and (cell.has_quota or cell.active_staff > 0)
      ),
      own_staffing as (
        select bureau_id, sum(approved_headcount) as headcount, sum(active_staff) as staff, sum(greatest(approved_headcount - active_staff, 0)) as vacancies
          from cells group by bureau_id
      ),
      own_over as (
        select bureau_id, count(*) as units from (select bureau_id from cells group by bureau_id, unit_id having bool_or(active_staff > approved_headcount)) over_units group by bureau_id
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
];
