import { Cell, Curve, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, type PieLabelRenderProps } from 'recharts';
import { useTranslate } from 'react-admin';
import type { DashboardQuery } from '../gql/graphql';

const colours = ['#1565c0', '#2e7d32', '#ef6c00', '#6a1b9a', '#c62828'];

/**
 * The survey's Figure 1: how the built items divide among the five indicators.
 * A slice of nothing has no label (a county with two indicators built would
 * otherwise stack three "0.00%" over one another), and the pie leaves room
 * above and below for the labels of the slices at the top and bottom.
 */
export function IndicatorSharesChart({ shares }: { shares: DashboardQuery['indicatorShares'] }) {
  const translate = useTranslate();
  const data = shares.shares.map((share) => ({
    name: translate(`enums.IndicatorKind.${share.indicator}`),
    value: share.built,
    share: share.share,
  }));
  const empty = (index: number | undefined) => index === undefined || !data[index] || data[index].value === 0;
  return (
    <div data-testid="indicator-shares" style={{ width: '100%', height: 300 }}>
      <ResponsiveContainer>
        <PieChart margin={{ top: 24, right: 24, bottom: 8, left: 24 }}>
          <Pie
            data={data}
            dataKey="value"
            nameKey="name"
            outerRadius="70%"
            label={(props: PieLabelRenderProps) => (empty(props.index) ? <g /> : `${data[props.index!].share.toFixed(2)}%`)}
            labelLine={({ key: _key, ...props }: { key?: string; index?: number }) => (empty(props.index) ? <g /> : <Curve {...props} type="linear" className="recharts-pie-label-line" />)}
            isAnimationActive={false}
          >
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
