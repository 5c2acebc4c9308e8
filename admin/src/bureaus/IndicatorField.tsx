import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { Tooltip } from '@mui/material';
import { FunctionField, useTranslate } from 'react-admin';

export const indicatorNames = ['documentExchange', 'localAreaNetwork', 'paperlessOffice', 'intranetSite', 'extranetSite'] as const;
export type IndicatorName = (typeof indicatorNames)[number];

interface Indicator {
  built: boolean;
  builtOn: string | null;
}

/** One of the five indicators (五项指标): built or not, with its date. */
export function IndicatorField({ indicator, label }: { indicator: IndicatorName; label?: string }) {
  const translate = useTranslate();
  return (
    <FunctionField
      label={label ?? `resources.bureaus.fields.indicators.${indicator}`}
      sortable={false}
      render={(record: { indicators: Record<IndicatorName, Indicator> }) => {
        const { built, builtOn } = record.indicators[indicator];
        const text = built ? `${translate('bianzhi.common.built')}${builtOn ? ` ${builtOn}` : ''}` : translate('bianzhi.common.notBuilt');
        return (
          <Tooltip title={text}>
            {built ? (
              <CheckCircleIcon color="success" fontSize="small" aria-label={text} />
            ) : (
              <RadioButtonUncheckedIcon color="disabled" fontSize="small" aria-label={text} />
            )}
          </Tooltip>
        );
      }}
    />
  );
}
