/** Layer 1: the knowledge ML Lens stands on. No `vscode`, no Node APIs. */
export * from './text';
export * from './concepts';
export * from './explain';
