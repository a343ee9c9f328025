/** Webview entry: wires the VS Code webview API to the app shell. */
import '@vscode-elements/elements/dist/vscode-button/index.js';
import type { PanelState, ShapesPanelState } from '../src/protocol';
import { App } from './app';
import './main.css';
import { ShapesApp } from './shapes/shapesApp';

const vscode = acquireVsCodeApi<PanelState | ShapesPanelState>();
const root = document.getElementById('app')!;
const host = {
  post: (m: unknown) => vscode.postMessage(m),
  saveState: (s: PanelState | ShapesPanelState) => vscode.setState(s),
  wasmUrl: document.body.dataset.ortWasm ?? '',
};
// The page's kind comes from the host's HTML: a walkthrough, or the Shapes table.
const app = document.body.dataset.panel === 'shapes' ? new ShapesApp(root, host) : new App(root, host);
window.addEventListener('message', (e: MessageEvent) => app.receive(e.data));
performance.mark('ml-lens:ready'); // milestones of a panel's first number, read by `npm run bench` (panel)
vscode.postMessage({ type: 'ready' });
