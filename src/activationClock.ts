/**
 * The extension's own activation clock, exposed on the API object for `npm run bench`. extension.ts imports this
 * module first, so esbuild places it ahead of every other module: `bundleStartMs` is when the bundle began to
 * run (after Node compiled it). Times are `performance.now()` of the extension host process.
 */
export const bundleStartMs = performance.now();

export interface ActivationTimes {
  /** The bundle's first statement ran. */
  bundleStartMs: number;
  /** `activate()` was entered and returned. */
  activateStartMs: number;
  activateEndMs: number;
}
