import { Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import { useTranslate } from 'react-admin';
import type { DashboardQuery } from '../gql/graphql';

const colours = ['#1565c0', '#2e7d32', '#ef6c00', '#6a1b9a', '#c62828'];

/** The survey's Figure 1: how the built items divide among the five indicators. */
export function IndicatorSharesChart({ shares }: { shares: DashboardQuery['indicatorShares'] }) {
  const translate = useTranslate();
  const data = shares.shares.map((share) => ({
    name: translate(`enums.IndicatorKind.${share.indicator}`),
    value: share.built,
    share: share.share,
  }));
  return (
    <div data-testid="indicator-shares" style={{ width: '100%', height: 300 }}>
      <ResponsiveContainer>
        <PieChart>
          <Pie data={data} dataKey="value" nameKey="name" outerRadius={100} label={({ payload }) => `${(payload as { share: number }).share.toFixed(2)}%`} isAnimationActive={false}>
            {data.map((entry, index) => (
              <Cell key={entry.name} fill={colours[index % colours.length]} />
            ))}
          </Pie>
          <Tooltip />
          <Legend />
        </PieChart>
      </ResponsiveContainer>
    </div>
  );
}
