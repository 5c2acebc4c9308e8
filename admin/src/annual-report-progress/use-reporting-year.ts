import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { ReportingPeriodsDocument } from '../gql/graphql';
import { execute } from '../graphql/client';

/** The periods opened and the year shown: the one in the address, or the latest. */
export function useReportingYear() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { data, error } = useQuery({ queryKey: ['reportingPeriods'], queryFn: () => execute(ReportingPeriodsDocument) });
  const periods = data?.reportingPeriods;
  const asked = Number(searchParams.get('year'));
  const period = periods?.find((each) => each.year === asked) ?? periods?.[0] ?? null;
  return {
    error,
    periods,
    period,
    setYear: (year: number) => setSearchParams({ year: String(year) }),
  };
}
