/**
 * A panel's one way to onnxruntime-web: the EP is chosen once (ep.ts) and every job is queued, because a session
 * must not run twice at once (WebGPU and wasm alike). Walkthroughs run their demos through it, the Shapes panel
 * its layer checks.
 */
import { OrtRunner, type PreparedDemo, type RunResult } from '../../src/models';
import type { ExecutionSetting } from '../../src/protocol';
import { chooseEp, configureOrt, type EpChoice } from './ep';

export type OrtWeb = ReturnType<typeof configureOrt>;

export class OrtExecutor {
  /** The EP in use (undefined until the first job, and after `reset`). */
  choice: EpChoice | undefined;
  private runner: OrtRunner | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly wasmUrl: string,
    private readonly setting: () => ExecutionSetting,
  ) {}

  /** The setting changed: the next job chooses the EP again. */
  reset(): void {
    this.choice = undefined;
  }

  /** Runs `job` after every job queued before it, with ORT set up and the EP chosen. */
  exclusive<T>(job: (ort: OrtWeb, choice: EpChoice) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      if (!this.choice) {
        this.choice = await chooseEp(this.setting());
        await this.runner?.dispose();
        this.runner = new OrtRunner(configureOrt(this.wasmUrl));
      }
      return job(configureOrt(this.wasmUrl), this.choice);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Inside an exclusive job: runs a demo on the chosen EP; when WebGPU fails, says so and uses wasm from then on. */
  async runDemo(prepared: PreparedDemo): Promise<RunResult> {
    const choice = this.choice!;
    try {
      return await this.runner!.run(prepared, choice.ep);
    } catch (e) {
      if (choice.ep !== 'webgpu') throw e;
      // WebGPU can fail where wasm works (driver, op support).
      const error = (e as Error).message;
      this.choice = { ep: 'wasm', adapter: choice.adapter, reason: { en: `WebGPU failed (${error}): fell back to wasm`, 'zh-cn': `WebGPU 运行失败（${error}）：改用 wasm` } };
      return await this.runner!.run(prepared, 'wasm');
    }
  }
}
