import { HomeOutlined } from "@ant-design/icons";
import { Menu } from "antd";
import { useLocation, useNavigate } from "react-router";
import { PAGE_ROUTES } from "../app/page-routes.ts";
import { useCan } from "../auth/current-user.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { groupNavItems } from "./nav-groups.ts";
import { selectedNavKey } from "./nav-selection.ts";

/** The pages that have a menu entry. */
const MENU_PAGES = PAGE_ROUTES.flatMap(({ path, permission, menu }) =>
  menu ? [{ path, ...menu, permission: menu.permission ?? permission }] : [],
);

/** The side menu: home, then only the pages the user's role may open, under section headings. */
export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useI18n();
  const can = useCan();
  const location = useLocation();
  const navigate = useNavigate();
  const pages = MENU_PAGES.filter((page) => can(page.permission));
  const entry = (page: (typeof pages)[number]) => ({ key: page.path, icon: page.icon, label: t(page.label) });
  const nodes = groupNavItems(pages);
  const items = [
    { key: "/", icon: <HomeOutlined />, label: t("nav.home") },
    ...nodes.map((node) =>
      "item" in node
        ? entry(node.item)
        : {
            type: "group" as const,
            key: node.group.key,
            label: t(node.group.label),
            children: node.items.map(entry),
          },
    ),
  ];
  const selected = selectedNavKey(location.pathname, ["/", ...pages.map((p) => p.path)]);
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
