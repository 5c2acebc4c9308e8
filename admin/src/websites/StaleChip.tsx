import { Chip } from '@mui/material';
import { FunctionField, useTranslate } from 'react-admin';

/** 长期未更新: no content update for longer than the server's STALE_WEBSITE_DAYS. */
export function StaleChip({ label }: { label?: string; source?: string }) {
  const translate = useTranslate();
  return (
    <FunctionField
      source="stale"
      label={label}
      render={(site: { stale: boolean; daysSinceLastUpdate: number }) =>
        site.stale ? (
          <Chip
            size="small"
            color="warning"
            label={translate('bianzhi.website.stale')}
            title={translate('bianzhi.website.daysSinceLastUpdate', { days: site.daysSinceLastUpdate })}
          />
        ) : (
          <Chip size="small" variant="outlined" color="success" label={translate('bianzhi.website.fresh')} />
        )
      }
    />
  );
}
