import { MenuOutlined } from "@ant-design/icons";
import { Button, Drawer, Flex, Grid, Layout, Spin, theme } from "antd";
import { Suspense, useState } from "react";
import { Outlet, useLocation } from "react-router";
import { SIDER_BG } from "../app/theme.ts";
import { PageErrorBoundary } from "../common/PageErrorBoundary.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useLiveEvents } from "../live/useLiveEvents.ts";
import { NotificationBell } from "../notifications/NotificationBell.tsx";
import { Brand } from "./Brand.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { NavMenu } from "./NavMenu.tsx";
import { UserMenu } from "./UserMenu.tsx";

/**
 * The frame around every signed-in page. On a phone the side menu moves into a drawer so the page keeps the
 * full width; between tablet and desktop it folds to icons.
 */
export function AppShell() {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  // One live stream per tab, for as long as someone is signed in.
  useLiveEvents();

  return (
    <Layout style={{ minHeight: "100vh" }}>
      {!phone && (
        <Layout.Sider
          collapsible
          breakpoint="lg"
          collapsed={collapsed}
          onCollapse={setCollapsed}
          width={232}
          // Sticky, so the menu stays in view beside long tables.
          style={{ position: "sticky", top: 0, height: "100vh", overflow: "auto" }}
        >
          <Brand collapsed={collapsed} />
          <NavMenu />
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            padding: phone ? "0 8px" : "0 24px",
            position: "sticky",
            top: 0,
            zIndex: 10,
          }}
        >
          <Flex align="center" justify="space-between" gap={8} style={{ height: "100%" }}>
            {phone ? (
              <Flex align="center" style={{ minWidth: 0 }}>
                <Button
                  type="text"
                  icon={<MenuOutlined />}
                  aria-label={t("nav.openMenu")}
                  onClick={() => setDrawerOpen(true)}
                />
                <Brand compact />
              </Flex>
            ) : (
              <span />
            )}
            <Flex align="center" gap={phone ? 4 : 16} style={{ minWidth: 0 }}>
              <NotificationBell compact={phone} />
              <LanguageSwitch compact={phone} />
              <UserMenu compact={phone} />
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: phone ? 12 : 24 }}>
          {/* Keyed by path, so that leaving a failed page for another one tries again. */}
          <PageErrorBoundary key={location.pathname}>
            <Suspense fallback={<Spin style={{ display: "block", marginTop: 80 }} />}>
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        </Layout.Content>
      </Layout>
      {phone && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={260}
          closable={false}
          styles={{ body: { padding: 0, background: SIDER_BG }, header: { display: "none" } }}
        >
          <Brand />
          <NavMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
    </Layout>
  );
}
