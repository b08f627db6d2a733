import { HomeOutlined } from "@ant-design/icons";
import { Menu } from "antd";
import { useLocation, useNavigate } from "react-router";
import { PAGE_ROUTES } from "../app/page-routes.ts";
import { useCan } from "../auth/current-user.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { selectedNavKey } from "./nav-selection.ts";

/** The pages that have a menu entry, in menu order. */
const MENU_PAGES = PAGE_ROUTES.flatMap(({ path, permission, menu }) =>
  menu ? [{ path, ...menu, permission: menu.permission ?? permission }] : [],
).sort((a, b) => a.order - b.order);

/** The side menu: home, then only the pages the user's role may open. */
export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useI18n();
  const can = useCan();
  const location = useLocation();
  const navigate = useNavigate();
  const items = [
    { key: "/", icon: <HomeOutlined />, label: t("nav.home") },
    ...MENU_PAGES.filter((page) => can(page.permission)).map((page) => ({
      key: page.path,
      icon: page.icon,
      label: t(page.label),
    })),
  ];
  const selected = selectedNavKey(
    location.pathname,
    items.map((i) => i.key),
  );
  return (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[selected ?? location.pathname]}
      items={items}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
    />
  );
}
