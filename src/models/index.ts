/** Layer 3: ONNX graph builders for the walkthroughs. No `vscode`, no Node APIs. */
export * from './registry';
export * from './demo';
export * from './tensor';
export * from './run';
