import { Button, Result } from "antd";
import { Component, type ReactNode } from "react";
import { useI18n } from "../i18n/I18nProvider.tsx";

interface Texts {
  title: string;
  text: string;
  reload: string;
}

class Boundary extends Component<{ texts: Texts; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    const { texts } = this.props;
    return (
      <Result
        status="warning"
        title={texts.title}
        subTitle={texts.text}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {texts.reload}
          </Button>
        }
      />
    );
  }
}

/**
 * A page that cannot load or render shows a way out instead of a blank screen. The usual cause is a new
 * release: an open tab asks for page code that the server no longer has, and a reload fetches the new one.
 */
export function PageErrorBoundary({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const texts = { title: t("error.pageTitle"), text: t("error.pageText"), reload: t("error.reload") };
  return <Boundary texts={texts}>{children}</Boundary>;
}
