import { Spin } from "antd";
import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router";
import { RequireAuth } from "../auth/RequireAuth.tsx";
import { RequirePermission } from "../auth/RequirePermission.tsx";
import { PageErrorBoundary } from "../common/PageErrorBoundary.tsx";
import { AppShell } from "../shell/AppShell.tsx";
import { NotFound } from "../shell/NotFound.tsx";
import { PAGE_ROUTES } from "./page-routes.ts";

const LoginPage = lazy(() => import("../auth/LoginPage.tsx").then((m) => ({ default: m.LoginPage })));
const HomePage = lazy(() => import("../home/HomePage.tsx").then((m) => ({ default: m.HomePage })));

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
        <Route index element={<HomePage />} />
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
