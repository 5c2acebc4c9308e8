import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import type { DashboardQuery } from '../gql/graphql';

/** The survey's Table 3 as a chart: units, approved headcount and active staff per prefecture. */
export function UnitsPerPrefectureChart({ table }: { table: DashboardQuery['unitTable'] }) {
  const translate = useTranslate();
  const units = translate('bianzhi.dashboard.units');
  const headcount = translate('bianzhi.dashboard.approvedHeadcount');
  const staff = translate('bianzhi.dashboard.activeStaff');
  const data = table.rows.map((row) => ({
    name: row.bureau?.divisionName ?? '',
    [units]: row.units.length,
    [headcount]: row.approvedHeadcount,
    [staff]: row.activeStaff,
  }));
  return (
    <div data-testid="units-per-prefecture" style={{ width: '100%', height: 320 }}>
      <ResponsiveContainer>
        <BarChart data={data} margin={{ bottom: 40 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" angle={-30} textAnchor="end" interval={0} height={60} />
          <YAxis />
          <Tooltip />
          <Legend verticalAlign="top" />
          <Bar dataKey={units} fill="#1565c0" isAnimationActive={false} />
          <Bar dataKey={headcount} fill="#2e7d32" isAnimationActive={false} />
          <Bar dataKey={staff} fill="#ef6c00" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
