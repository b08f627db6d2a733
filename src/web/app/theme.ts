import type { ThemeConfig } from "antd";

/** A deep bank blue with a dark navy sider: the look Chinese banks' back-office systems are expected to have. */
export const SIDER_BG = "#0c2340";
const PRIMARY = "#1f4e9c";

export const theme: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY,
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
  },
  components: {
    Layout: { siderBg: SIDER_BG, triggerBg: "#081a31", headerHeight: 56 },
    Menu: { darkItemBg: SIDER_BG, darkSubMenuItemBg: "#081a31", darkItemSelectedBg: PRIMARY },
  },
};
