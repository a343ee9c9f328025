/** What the in-host bench (bench/host/suite.ts) writes and bench/host.ts reads. No `vscode` here. */
export const BENCH_FILE = '.ml-lens-bench.json';
export const HOVER_FILE = 'bench_10k.py';

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export interface HostBench {
  /** The phase running when the file was last written: `done` once finished. */
  phase?: string;
  activation?: {
    /** The extension was already active when the bench started (then only the API's own times are meaningful). */
    wasActive: boolean;
    /** `extension.activate()` awaited by a caller: resolve, read, compile and run the bundle, then activate(). */
    activateCallMs: number;
    /** From that call until the bundle's first statement ran: module resolution, file read, compile. */
    loadMs: number;
    /** From the bundle's first statement until activate() was entered: its top-level code, then VS Code setting up
     *  the ExtensionContext (storage round trips to the workbench). */
    topLevelMs: number;
    /** activate() itself. */
    activateMs: number;
    /** `require()` of fresh copies of dist/extension.js in this host (read, compile, top level): best of the runs. */
    requireMs: number;
    requireMedianMs: number;
    /** Median CPU time of those requires: what a busy machine does not inflate. */
    requireCpuMs: number;
    requireRuns: number[];
  };
  hover?: {
    lines: number;
    detections: number;
    /** First hover of the file: parser load (wasm) and the full parse. */
    coldFirstMs: number;
    all: Latency;
    onConstruct: Latency;
    elsewhere: Latency;
    /** The same 300 hovers with mlLens.hover.enabled = false: the workbench round trip without ML Lens's work. */
    hoversOff: Latency;
    /** Hovers on constructs that returned an ML Lens card (sanity check). */
    cards: number;
    /** Set when the hovers ran out of the time budget before all 300 were measured. */
    stoppedAfterMs?: number;
  };
  error?: string;
}
