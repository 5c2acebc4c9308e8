import { defaultTheme, type RaThemeOptions } from 'react-admin';

// Both fonts are bundled (see main.tsx): the offices' networks are often offline,
// and a machine without a Chinese font would otherwise show empty boxes. The
// Chinese fonts the offices' systems ship come first (Windows, macOS, and the
// Linux desktops of 信创 such as Kylin and UOS): a browser downloads a web
// font's slices only for characters no earlier font in the list has, so on
// those machines the bundled Noto Sans SC is never fetched.
const systemChineseFonts = ['"Microsoft YaHei"', '"PingFang SC"', '"Noto Sans CJK SC"', '"Source Han Sans SC"'];

export const theme: RaThemeOptions = {
  ...defaultTheme,
  typography: {
    fontFamily: ['"Roboto Variable"', ...systemChineseFonts, '"Noto Sans SC Variable"', 'sans-serif'].join(','),
  },
};
