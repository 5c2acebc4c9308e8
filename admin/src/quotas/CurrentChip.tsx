import { Chip } from '@mui/material';
import { FunctionField, useTranslate } from 'react-admin';

/** 现行 or 已被替代 (with the date a later approval superseded it). */
export function CurrentChip(_props: { source?: string }) {
  const translate = useTranslate();
  return (
    <FunctionField
      source="current"
      render={(quota: { current: boolean; supersededOn: string | null }) =>
        quota.current ? (
          <Chip size="small" color="primary" label={translate('bianzhi.quota.current')} />
        ) : (
          <Chip size="small" variant="outlined" label={`${translate('bianzhi.quota.superseded')} ${quota.supersededOn ?? ''}`} />
        )
      }
    />
  );
}
