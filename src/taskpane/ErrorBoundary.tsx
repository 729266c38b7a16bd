import { Component, type ErrorInfo, type ReactNode } from "react";
import type { Lang } from "../i18n/lang";
import { uiStrings } from "../i18n/ui";

interface Props {
  readonly lang: Lang;
  readonly children: ReactNode;
}

interface State {
  readonly error?: Error;
}

/**
 * The last line of defence: a rendering bug shows a plain, localized message and a way to reload
 * instead of an empty pane. Generation itself reports its failures inside the pane; this only
 * catches what escapes rendering. Plain markup, so that it works even if the bug is in Fluent.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = uiStrings[this.props.lang];
    return (
      <div role="alert" style={{ margin: "1rem", fontFamily: "inherit" }}>
        <p>{t.unexpectedError(error.message)}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t.reloadPane}
        </button>
      </div>
    );
  }
}
