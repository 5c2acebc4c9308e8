import { Box, Typography } from '@mui/material';
import { LocalesMenuButton, Login, LoginForm, useTranslate } from 'react-admin';

/** The product's name above the form, and the language switch before anyone has logged in. */
export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login>
      <Typography variant="h6" align="center" sx={{ mt: 1 }}>
        {translate('bianzhi.title')}
      </Typography>
      <LoginForm />
      <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }}>
        <LocalesMenuButton />
      </Box>
    </Login>
  );
}
