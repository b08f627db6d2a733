import { QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider } from "antd";
import { useState } from "react";
import { BrowserRouter } from "react-router";
import { I18nProvider, useI18n } from "../i18n/I18nProvider.tsx";
import { AppRoutes } from "./AppRoutes.tsx";
import { ANTD_LOCALES } from "./antd-locales.ts";
import { createQueryClient } from "./query-client.ts";
import { theme } from "./theme.ts";

export function App() {
  return (
    <I18nProvider>
      <LocalizedApp />
    </I18nProvider>
  );
}

function LocalizedApp() {
  const { locale } = useI18n();
  const [queryClient] = useState(createQueryClient);
  return (
    // autoInsertSpace off: antd would render two-character Chinese buttons as "登 录".
    <ConfigProvider locale={ANTD_LOCALES[locale]} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
