/** What a demo family's view module implements; the app shell owns running, EP and errors. */
import type { DemoDefinition, DemoRequest, PreparedDemo, RunResult } from '../../src/models';
import type { Lang } from '../../src/protocol';

export interface DemoSession {
  lang: Lang;
  definition: DemoDefinition;
  /** The request currently shown (user edits included). */
  request(): DemoRequest;
  /** Replaces the request: saved for reload, then recomputed by ORT. */
  setRequest(request: DemoRequest): void;
  /**
   * Runs one more request (of this demo, or of `demo`) with ORT on the panel's execution provider, queued
   * behind the panel's own run: for pictures that need numbers besides the request's (a curve over a grid of x,
   * one optimizer run per kind). A failure is shown in the panel's error area, then rejects.
   */
  compute(request: DemoRequest, demo?: string): Promise<RunResult>;
}

export interface DemoView {
  /** Called with every successful run: inputs as prepared, outputs as ORT computed them. */
  update(prepared: PreparedDemo, result: RunResult): void;
}

export type DemoViewFactory = (root: HTMLElement, session: DemoSession) => DemoView;
