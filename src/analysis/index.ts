/** Layer 2: Python analysis. No `vscode`; runs in Node, the extension hosts and the browser. */
export * from './parser';
