import { defaultTheme, type RaThemeOptions } from 'react-admin';

// Both fonts are bundled (see main.tsx): the offices' networks are often offline,
// and a machine without a Chinese font would otherwise show empty boxes.
export const theme: RaThemeOptions = {
  ...defaultTheme,
  typography: {
    fontFamily: ['"Roboto Variable"', '"Noto Sans SC Variable"', '"Microsoft YaHei"', '"PingFang SC"', 'sans-serif'].join(','),
  },
};
