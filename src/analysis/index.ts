/** Layer 2: Python analysis. No `vscode`; runs in Node, the extension hosts and the browser. */
export * from './parser';
export * from './detect';
export * from './args';
export * from './evaluate';
export * from './scopes';
export * from './source';
export * from './scan';
export * from './incremental';
export * from './interpret';
export * from './outline';
export * from './notebookCells';
