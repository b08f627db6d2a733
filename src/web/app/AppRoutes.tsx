import { Spin } from "antd";
import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router";
import { useCurrentUser } from "../auth/current-user.tsx";
import { RequireAuth } from "../auth/RequireAuth.tsx";
import { RequirePermission } from "../auth/RequirePermission.tsx";
import { PageErrorBoundary } from "../common/PageErrorBoundary.tsx";
import { AppShell } from "../shell/AppShell.tsx";
import { NotFound } from "../shell/NotFound.tsx";
import { PAGE_ROUTES } from "./page-routes.ts";

const LoginPage = lazy(() => import("../auth/LoginPage.tsx").then((m) => ({ default: m.LoginPage })));
const HomePage = lazy(() => import("../home/HomePage.tsx").then((m) => ({ default: m.HomePage })));

/** The home page: a feature's page for the users its route names (`homeFor`), else the general one. */
function Home() {
  const me = useCurrentUser();
  const own = PAGE_ROUTES.find((r) => r.homeFor?.(me) && me.permissions.includes(r.permission));
  const Page = own?.page ?? HomePage;
  return <Page />;
}

/** The router: the sign-in page, then every feature's pages from its route table (features' routes.tsx). */
export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <PageErrorBoundary>
            <Suspense fallback={<Spin fullscreen />}>
              <LoginPage />
            </Suspense>
          </PageErrorBoundary>
        }
      />
      {PAGE_ROUTES.filter((r) => r.bare).map(({ path, page: Page, permission }) => (
        <Route
          key={path}
          path={path}
          element={
            <RequireAuth>
              <RequirePermission action={permission}>
                <Suspense fallback={<Spin fullscreen />}>
                  <Page />
                </Suspense>
              </RequirePermission>
            </RequireAuth>
          }
        />
      ))}
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<Home />} />
        {PAGE_ROUTES.filter((r) => !r.bare).map(({ path, page: Page, permission }) => (
          <Route
            key={path}
            path={path}
            element={
              <RequirePermission action={permission}>
                <Page />
              </RequirePermission>
            }
          />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
