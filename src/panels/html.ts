/** The walkthrough page shell: strict CSP with a nonce, assets only from dist/ through asWebviewUri. */
import * as vscode from 'vscode';

export function makeNonce(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** DESIGN.md "Webview rules": nothing inline, nothing remote, wasm compiled under 'wasm-unsafe-eval'. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}' 'wasm-unsafe-eval'`,
    `style-src ${cspSource}`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
    `connect-src ${cspSource}`,
  ].join('; ');
}

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `panel` tells the webview's entry which app to mount (walkthrough, or the Shapes table). */
export function walkthroughHtml(webview: vscode.Webview, extensionUri: vscode.Uri, title: string, panel: 'walkthrough' | 'shapes' = 'walkthrough'): string {
  const nonce = makeNonce();
  const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', ...path)).toString();
  const ortWasm = asset('ort', 'ort-wasm-simd-threaded.asyncify.wasm');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(contentSecurityPolicy(webview.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttr(asset('webview', 'main.css'))}">
<!-- ORT's 26 MB wasm starts downloading with the page, alongside main.js, not when the first run asks for it;
     ORT's own fetch of the same URL (cors, same-origin credentials) is then served from this preload. -->
<link rel="preload" href="${escapeAttr(ortWasm)}" as="fetch" type="application/wasm" crossorigin>
<title>${escapeAttr(title)}</title>
</head>
<body data-panel="${panel}" data-ort-wasm="${escapeAttr(ortWasm)}">
<main id="app" aria-live="polite"><p class="loading">Loading…</p></main>
<script type="module" nonce="${nonce}" src="${escapeAttr(asset('webview', 'main.js'))}"></script>
</body>
</html>`;
}
