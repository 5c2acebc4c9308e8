import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * A titled group of a long form's fields (基本信息, 所在机构与职务 …), two
 * columns on a wide screen; a `wide` section keeps one column for long texts.
 */
export function FormSection({ title, children, wide = false }: { title: string; children: ReactNode; wide?: boolean }) {
  const translate = useTranslate();
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 1, width: '100%', maxWidth: 960, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle1" sx={{ fontWeight: 600, width: '100%', borderBottom: 1, borderColor: 'divider', mb: 1.5, pb: 0.5 }}>
        {translate(title)}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: wide ? '1fr' : '1fr 1fr' },
          columnGap: 2,
          alignItems: 'start',
          '& > *, & > * .MuiFormControl-root, & > * .MuiAutocomplete-root': { width: '100%' },
        }}
      >
        {children}
      </Box>
    </Box>
  );
}
