/**
 * Notebook cells: the Python code cells of a notebook are analysed as one program in cell order (a cell sees
 * the imports of the cells above it), once per notebook version, and each cell gets its own slice.
 */
import * as vscode from 'vscode';
import { analyzeText, detectionsInCell, joinCells, type Detection, type PythonParser } from '../analysis';

export const NOTEBOOK_CELL_SCHEME = 'vscode-notebook-cell';

interface NotebookResult {
  /** The notebook analysed: an untitled notebook's URI is reused for the next new one. */
  notebook: vscode.NotebookDocument;
  /** The code cells' ids and versions in order: any edit, insertion, move or language change alters it. */
  signature: string;
  /** Detections per cell document URI; undefined when the notebook is over the size limit. */
  cells: Promise<Map<string, Detection[]> | undefined>;
}

export function isPythonCodeCell(cell: vscode.NotebookCell): boolean {
  return cell.kind === vscode.NotebookCellKind.Code && cell.document.languageId === 'python';
}

/** The open notebook that holds `document` as a cell, if any. */
export function notebookOf(document: vscode.TextDocument): vscode.NotebookDocument | undefined {
  if (document.uri.scheme !== NOTEBOOK_CELL_SCHEME) return undefined;
  return vscode.workspace.notebookDocuments.find(
    (nb) => nb.uri.path === document.uri.path && nb.getCells().some((c) => c.document === document),
  );
}

export class NotebookAnalysis implements vscode.Disposable {
  private readonly results = new Map<string, NotebookResult>();
  private readonly subscription = vscode.workspace.onDidCloseNotebookDocument((nb) => this.results.delete(nb.uri.toString()));

  constructor(
    private readonly parser: () => Promise<PythonParser>,
    /** Whether `chars` of joined code is within the size limit (it tells the user when it is not). */
    private readonly withinLimit: (uri: vscode.Uri, chars: number) => boolean,
  ) {}

  /** The detections of one cell, in the cell's own offsets; [] when the notebook is too large. */
  async detections(notebook: vscode.NotebookDocument, cell: vscode.TextDocument): Promise<Detection[]> {
    const cells = await this.analyse(notebook);
    return cells?.get(cell.uri.toString()) ?? [];
  }

  /** Every Python code cell of the notebook with its detections, in cell order. */
  async allCells(notebook: vscode.NotebookDocument): Promise<{ cell: vscode.NotebookCell; detections: Detection[] }[]> {
    const cells = await this.analyse(notebook);
    return notebook
      .getCells()
      .filter(isPythonCodeCell)
      .map((cell) => ({ cell, detections: cells?.get(cell.document.uri.toString()) ?? [] }));
  }

  private analyse(notebook: vscode.NotebookDocument): Promise<Map<string, Detection[]> | undefined> {
    const code = notebook.getCells().filter(isPythonCodeCell);
    const signature = code.map((c) => `${c.document.uri.fragment}@${c.document.version}`).join('|');
    const key = notebook.uri.toString();
    const cached = this.results.get(key);
    if (cached?.notebook === notebook && cached.signature === signature) return cached.cells;
    const texts = code.map((c) => c.document.getText());
    const cells = (async () => {
      const joined = joinCells(texts);
      if (!this.withinLimit(notebook.uri, joined.text.length)) return undefined;
      const all = analyzeText(await this.parser(), joined.text);
      return new Map(code.map((c, i) => [c.document.uri.toString(), detectionsInCell(all, joined.cells[i])]));
    })();
    // A failed parse is not cached: the next request tries again.
    cells.catch(() => this.results.get(key)?.cells === cells && this.results.delete(key));
    this.results.set(key, { notebook, signature, cells });
    return cells;
  }

  dispose(): void {
    this.subscription.dispose();
    this.results.clear();
  }
}
