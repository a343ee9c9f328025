/**
 * The examples the Get Started walkthrough opens, shipped in dist/examples/: the training script as a
 * read-only virtual document (`ml-lens-example:/train_classifier.py`, nothing to save or discard) and the
 * notebook as an untitled Jupyter notebook (notebooks have no read-only virtual form).
 */
import * as vscode from 'vscode';
import type { Ctx } from './ctx';

export const EXAMPLE_SCHEME = 'ml-lens-example';
export const EXAMPLE_FILE = 'train_classifier.py';
export const EXAMPLE_NOTEBOOK = 'small_cnn.ipynb';

function exampleUri(ctx: Ctx, name: string): vscode.Uri {
  return vscode.Uri.joinPath(ctx.extension.extensionUri, 'dist', 'examples', name);
}

export class ExampleDocuments implements vscode.TextDocumentContentProvider {
  constructor(private readonly ctx: Ctx) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const name = uri.path.replace(/^\//, '');
    if (name !== EXAMPLE_FILE) return '';
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(exampleUri(this.ctx, name)));
  }
}

/** `ML Lens: Open Example` — the training script, beside nothing else, ready to hover. */
export function openExample() {
  return async (): Promise<vscode.TextEditor> => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: EXAMPLE_SCHEME, path: `/${EXAMPLE_FILE}` }));
    return vscode.window.showTextDocument(document, { preview: false });
  };
}

interface IpynbCell {
  cell_type?: string;
  source?: string | string[];
}

/** `ML Lens: Open Example Notebook` — the small CNN notebook, as an untitled copy the user may run or edit. */
export function openExampleNotebook(ctx: Ctx) {
  return async (): Promise<vscode.NotebookEditor> => {
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(exampleUri(ctx, EXAMPLE_NOTEBOOK)))) as { cells: IpynbCell[] };
    const cells = json.cells.map((c) => {
      const source = Array.isArray(c.source) ? c.source.join('') : (c.source ?? '');
      return c.cell_type === 'code'
        ? new vscode.NotebookCellData(vscode.NotebookCellKind.Code, source, 'python')
        : new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, source, 'markdown');
    });
    const notebook = await vscode.workspace.openNotebookDocument('jupyter-notebook', new vscode.NotebookData(cells));
    return vscode.window.showNotebookDocument(notebook);
  };
}
