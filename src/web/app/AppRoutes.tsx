import { Spin } from "antd";
import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router";
import { RequireAuth } from "../auth/RequireAuth.tsx";
import { RequirePermission } from "../auth/RequirePermission.tsx";
import { PageErrorBoundary } from "../common/PageErrorBoundary.tsx";
import { AppShell } from "../shell/AppShell.tsx";
import { NotFound } from "../shell/NotFound.tsx";

// One chunk per page, so the sign-in screen does not download the tables and forms behind it.
const LoginPage = lazy(() => import("../auth/LoginPage.tsx").then((m) => ({ default: m.LoginPage })));
const HomePage = lazy(() => import("../home/HomePage.tsx").then((m) => ({ default: m.HomePage })));
const OrgPage = lazy(() => import("../org/OrgPage.tsx").then((m) => ({ default: m.OrgPage })));
const UsersPage = lazy(() => import("../users/UsersPage.tsx").then((m) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => import("../audit/AuditPage.tsx").then((m) => ({ default: m.AuditPage })));

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
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        <Route
          path="org"
          element={
            <RequirePermission action="org.read">
              <OrgPage />
            </RequirePermission>
          }
        />
        <Route
          path="users"
          element={
            <RequirePermission action="users.read">
              <UsersPage />
            </RequirePermission>
          }
        />
        <Route
          path="audit"
          element={
            <RequirePermission action="audit.read">
              <AuditPage />
            </RequirePermission>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
