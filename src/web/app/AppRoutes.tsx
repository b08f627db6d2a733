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
const CounterExceptions = {
  List: lazy(() => import("../counter-exceptions/ListPage.tsx").then((m) => ({ default: m.ListPage }))),
  Report: lazy(() => import("../counter-exceptions/ReportPage.tsx").then((m) => ({ default: m.ReportPage }))),
  Detail: lazy(() => import("../counter-exceptions/DetailPage.tsx").then((m) => ({ default: m.DetailPage }))),
  Print: lazy(() => import("../counter-exceptions/PrintPage.tsx").then((m) => ({ default: m.PrintPage }))),
  Settings: lazy(() =>
    import("../counter-exceptions/SettingsPage.tsx").then((m) => ({ default: m.SettingsPage })),
  ),
};

const CalendarPage = lazy(() =>
  import("../calendar/CalendarPage.tsx").then((m) => ({ default: m.CalendarPage })),
);
const Complaints = {
  List: lazy(() => import("../complaints/ListPage.tsx").then((m) => ({ default: m.ListPage }))),
  Register: lazy(() => import("../complaints/RegisterPage.tsx").then((m) => ({ default: m.RegisterPage }))),
  Detail: lazy(() => import("../complaints/DetailPage.tsx").then((m) => ({ default: m.DetailPage }))),
  Notice: lazy(() => import("../complaints/NoticePage.tsx").then((m) => ({ default: m.NoticePage }))),
  Stats: lazy(() => import("../complaints/StatsPage.tsx").then((m) => ({ default: m.StatsPage }))),
  Categories: lazy(() =>
    import("../complaints/CategoriesPage.tsx").then((m) => ({ default: m.CategoriesPage })),
  ),
};

const Compliance = {
  Check: lazy(() => import("../compliance/CheckPage.tsx").then((m) => ({ default: m.CheckPage }))),
  Materials: lazy(() =>
    import("../compliance/MaterialsPage.tsx").then((m) => ({ default: m.MaterialsPage })),
  ),
  Submit: lazy(() =>
    import("../compliance/SubmitMaterialPage.tsx").then((m) => ({ default: m.SubmitMaterialPage })),
  ),
  Material: lazy(() => import("../compliance/MaterialPage.tsx").then((m) => ({ default: m.MaterialPage }))),
  Rules: lazy(() => import("../compliance/RulesPage.tsx").then((m) => ({ default: m.RulesPage }))),
};
const Scripts = {
  List: lazy(() => import("../scripts/ScriptsPage.tsx").then((m) => ({ default: m.ScriptsPage }))),
  Detail: lazy(() => import("../scripts/ScriptPage.tsx").then((m) => ({ default: m.ScriptPage }))),
};
const CasesPage = lazy(() => import("../cases/CasesPage.tsx").then((m) => ({ default: m.CasesPage })));
const Incidents = {
  Board: lazy(() => import("../incidents/BoardPage.tsx").then((m) => ({ default: m.BoardPage }))),
  Report: lazy(() => import("../incidents/ReportPage.tsx").then((m) => ({ default: m.ReportPage }))),
  Room: lazy(() => import("../incidents/RoomPage.tsx").then((m) => ({ default: m.RoomPage }))),
  Policy: lazy(() => import("../incidents/PolicyPage.tsx").then((m) => ({ default: m.PolicyPage }))),
  Print: lazy(() => import("../incidents/ReportPrintPage.tsx").then((m) => ({ default: m.ReportPrintPage }))),
};

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
      {/* The printable register form sits outside the shell, so the browser prints only the form. */}
      <Route
        path="/counter-exceptions/:id/print"
        element={
          <RequireAuth>
            <RequirePermission action="counter_exceptions.read">
              <Suspense fallback={<Spin fullscreen />}>
                <CounterExceptions.Print />
              </Suspense>
            </RequirePermission>
          </RequireAuth>
        }
      />
      <Route
        path="/incidents/:id/reports/:reportId/print"
        element={
          <RequireAuth>
            <RequirePermission action="incidents.read">
              <Suspense fallback={<Spin fullscreen />}>
                <Incidents.Print />
              </Suspense>
            </RequirePermission>
          </RequireAuth>
        }
      />
      <Route
        path="/complaints/:id/notice"
        element={
          <RequireAuth>
            <RequirePermission action="complaints.read">
              <Suspense fallback={<Spin fullscreen />}>
                <Complaints.Notice />
              </Suspense>
            </RequirePermission>
          </RequireAuth>
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
        <Route
          path="counter-exceptions"
          element={
            <RequirePermission action="counter_exceptions.read">
              <CounterExceptions.List />
            </RequirePermission>
          }
        />
        <Route
          path="counter-exceptions/new"
          element={
            <RequirePermission action="counter_exceptions.report">
              <CounterExceptions.Report />
            </RequirePermission>
          }
        />
        <Route
          path="counter-exceptions/settings"
          element={
            <RequirePermission action="counter_exceptions.configure">
              <CounterExceptions.Settings />
            </RequirePermission>
          }
        />
        <Route
          path="counter-exceptions/:id"
          element={
            <RequirePermission action="counter_exceptions.read">
              <CounterExceptions.Detail />
            </RequirePermission>
          }
        />
        <Route
          path="complaints"
          element={
            <RequirePermission action="complaints.read">
              <Complaints.List />
            </RequirePermission>
          }
        />
        <Route
          path="complaints/new"
          element={
            <RequirePermission action="complaints.register">
              <Complaints.Register />
            </RequirePermission>
          }
        />
        <Route
          path="complaints/stats"
          element={
            <RequirePermission action="complaints.stats">
              <Complaints.Stats />
            </RequirePermission>
          }
        />
        <Route
          path="complaints/categories"
          element={
            <RequirePermission action="complaints.configure">
              <Complaints.Categories />
            </RequirePermission>
          }
        />
        <Route
          path="complaints/:id"
          element={
            <RequirePermission action="complaints.read">
              <Complaints.Detail />
            </RequirePermission>
          }
        />
        <Route
          path="compliance/check"
          element={
            <RequirePermission action="compliance.check">
              <Compliance.Check />
            </RequirePermission>
          }
        />
        <Route
          path="compliance/materials"
          element={
            <RequirePermission action="materials.submit">
              <Compliance.Materials />
            </RequirePermission>
          }
        />
        <Route
          path="compliance/materials/new"
          element={
            <RequirePermission action="materials.submit">
              <Compliance.Submit />
            </RequirePermission>
          }
        />
        <Route
          path="compliance/materials/:id"
          element={
            <RequirePermission action="materials.submit">
              <Compliance.Material />
            </RequirePermission>
          }
        />
        <Route
          path="compliance/rules"
          element={
            <RequirePermission action="compliance.check">
              <Compliance.Rules />
            </RequirePermission>
          }
        />
        <Route
          path="scripts"
          element={
            <RequirePermission action="scripts.read">
              <Scripts.List />
            </RequirePermission>
          }
        />
        <Route
          path="scripts/:id"
          element={
            <RequirePermission action="scripts.read">
              <Scripts.Detail />
            </RequirePermission>
          }
        />
        <Route
          path="cases"
          element={
            <RequirePermission action="cases.read">
              <CasesPage />
            </RequirePermission>
          }
        />
        <Route
          path="calendar"
          element={
            <RequirePermission action="calendar.manage">
              <CalendarPage />
            </RequirePermission>
          }
        />
        <Route
          path="incidents"
          element={
            <RequirePermission action="incidents.read">
              <Incidents.Board />
            </RequirePermission>
          }
        />
        <Route
          path="incidents/new"
          element={
            <RequirePermission action="incidents.report">
              <Incidents.Report />
            </RequirePermission>
          }
        />
        <Route
          path="incidents/policy"
          element={
            <RequirePermission action="incidents.configure">
              <Incidents.Policy />
            </RequirePermission>
          }
        />
        <Route
          path="incidents/:id"
          element={
            <RequirePermission action="incidents.read">
              <Incidents.Room />
            </RequirePermission>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
