/** Webview entry: wires the VS Code webview API to the app shell. */
import '@vscode-elements/elements/dist/vscode-button/index.js';
import type { PanelState } from '../src/protocol';
import { App } from './app';
import './main.css';

const vscode = acquireVsCodeApi<PanelState>();
const root = document.getElementById('app')!;
const app = new App(root, {
  post: (m) => vscode.postMessage(m),
  saveState: (s) => vscode.setState(s),
  wasmUrl: document.body.dataset.ortWasm ?? '',
});
window.addEventListener('message', (e: MessageEvent) => app.receive(e.data));
vscode.postMessage({ type: 'ready' });
