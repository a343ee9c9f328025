/** What a concept page's view implements (the webview half of src/pages); the app shell owns state and errors. */
import type { DemoRequest, RunResult } from '../../src/models';
import type { PageDefinition, PreparedPage } from '../../src/pages';
import type { Lang } from '../../src/protocol';

export interface PageSession {
  lang: Lang;
  page: PageDefinition;
  /** The request currently shown (the page's params). */
  request(): DemoRequest;
  /** Replaces the request: saved for reload, then drawn again. */
  setRequest(request: DemoRequest): void;
  /** Runs a request of an existing demo with ORT on the panel's execution provider (CLIP's loss matrix). */
  compute(request: DemoRequest, demo: string): Promise<RunResult>;
}

export interface PageView {
  /** Called with every valid request, prepared by the page definition. */
  update(prepared: PreparedPage): void;
}

export type PageViewFactory = (root: HTMLElement, session: PageSession) => PageView;
