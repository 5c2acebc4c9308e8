import SearchIcon from '@mui/icons-material/Search';
import { alpha, InputBase, Box } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';

/** The top bar's search: a name or code, Enter, and the matching records on the search page. */
export function GlobalSearchBox() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  return (
    <Box
      component="form"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) navigate(`/search?${new URLSearchParams({ q: text.trim() })}`);
      }}
      sx={(theme) => ({
        display: 'flex',
        alignItems: 'center',
        mx: 1,
        px: 1,
        borderRadius: 1,
        backgroundColor: alpha(theme.palette.common.white, 0.15),
        '&:hover': { backgroundColor: alpha(theme.palette.common.white, 0.25) },
      })}
    >
      <SearchIcon fontSize="small" />
      <InputBase
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={translate('bianzhi.globalSearch.placeholder')}
        inputProps={{ 'aria-label': translate('bianzhi.globalSearch.placeholder'), 'data-testid': 'global-search' }}
        sx={{ color: 'inherit', ml: 1, width: { xs: 120, md: 220 } }}
      />
    </Box>
  );
}
