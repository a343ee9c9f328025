/**
 * The models of a file, found without running the interpreter (CodeLens needs this on every edit): classes
 * deriving from `nn.Module` directly or through another class of the file, module-level `nn.Sequential`
 * assignments, and for each the facts the Explain Shapes prompt starts from — constructor parameters, an
 * instantiation written in the file, and an input shape from a `# shape:` comment, the docstring, or the
 * first layer.
 */
import type { Node } from 'web-tree-sitter';

export interface ModelClass {
  name: string;
  kind: 'class' | 'sequential';
  /** 0-based line of `class X` / the assignment. */
  line: number;
  endLine: number;
  /** Constructor parameters after `self` that have no default (the prompt asks for them). */
  requiredParams: string[];
  /** Arguments of the first `Name(...)` call in the file, as written (`"Bottleneck, [3, 4, 6, 3]"`). */
  argsInFile?: string;
  /** A suggested input spec: from `# shape: (…)`, the docstring, or the first layer. */
  suggestedInput?: string;
}

const MODULE_BASE = /(^|\.)Module$/;
const SHAPE_COMMENT = /#\s*(?:input\s*)?shapes?\s*[:=]\s*(\(.*\))/i;
/** `def forward(self, x):  # (N, 3, 32, 32)` */
const FORWARD_COMMENT = /def\s+forward\s*\([^)]*\)\s*(?:->[^:\n]*)?:\s*#\s*(\((?:\s*\w+\s*,)+\s*\w+\s*\))/;
const DOCSTRING_SHAPE = /\b(?:input|x)\b[^(\n]{0,40}(\((?:\s*[\w]+\s*,)+\s*[\w]+\s*\))/i;

function superclassNames(cls: Node): string[] {
  return (cls.childForFieldName('superclasses')?.namedChildren ?? []).filter((c): c is Node => !!c && c.type !== 'keyword_argument').map((c) => c.text.replace(/\s+/g, ''));
}

export function findModels(root: Node): ModelClass[] {
  const classes = root.descendantsOfType('class_definition').filter((c): c is Node => !!c);
  const models = new Set<string>();
  // Fixed point: a class is a model if a base is nn.Module or a model class of this file.
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of classes) {
      const name = c.childForFieldName('name')!.text;
      if (models.has(name)) continue;
      if (superclassNames(c).some((b) => MODULE_BASE.test(b) || models.has(b))) {
        models.add(name);
        changed = true;
      }
    }
  }
  const out: ModelClass[] = [];
  const text = root.text;
  for (const c of classes) {
    const name = c.childForFieldName('name')!.text;
    if (!models.has(name)) continue;
    const argsText = instantiationArgs(root, text, name, c);
    out.push({
      name,
      kind: 'class',
      line: c.startPosition.row,
      endLine: c.endPosition.row,
      requiredParams: requiredInitParams(c),
      argsInFile: argsText === undefined ? undefined : argsText.slice(1, -1).trim(),
      suggestedInput: suggestInput(c.text),
    });
  }
  for (const stmt of root.namedChildren) {
    const a = stmt?.type === 'expression_statement' ? stmt.namedChild(0) : null;
    const left = a?.type === 'assignment' ? a.childForFieldName('left') : null;
    const right = a?.childForFieldName('right');
    if (left?.type !== 'identifier' || right?.type !== 'call' || !/(^|\.)Sequential$/.test(right.childForFieldName('function')?.text ?? '')) continue;
    out.push({ name: left.text, kind: 'sequential', line: stmt!.startPosition.row, endLine: stmt!.endPosition.row, requiredParams: [], suggestedInput: suggestInput(stmt!.text) });
  }
  return out.sort((a, b) => a.line - b.line);
}

/**
 * The arguments of the first `Name(...)` call outside the class. Found through the text and looked up in the
 * tree one occurrence at a time: walking every call node of a 10,000-line file costs most of a second.
 */
function instantiationArgs(root: Node, text: string, name: string, cls: Node): string | undefined {
  const re = new RegExp(`(?<![\\w.])${name}\\s*\\(`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const id = root.descendantForIndex(m.index);
    const call = id?.parent;
    if (id?.type !== 'identifier' || call?.type !== 'call' || call.childForFieldName('function')?.startIndex !== id.startIndex || isInside(call, cls)) continue;
    return call.childForFieldName('arguments')?.text;
  }
  return undefined;
}

function isInside(node: Node, container: Node): boolean {
  return node.startIndex >= container.startIndex && node.endIndex <= container.endIndex;
}

function requiredInitParams(cls: Node): string[] {
  const body = cls.childForFieldName('body');
  for (const stmt of body?.namedChildren ?? []) {
    const def = stmt?.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
    if (def?.type !== 'function_definition' || def.childForFieldName('name')?.text !== '__init__') continue;
    const params = (def.childForFieldName('parameters')?.namedChildren ?? []).filter((p): p is Node => !!p);
    return params.slice(1).filter((p) => p.type === 'identifier' || p.type === 'typed_parameter').map((p) => (p.type === 'identifier' ? p.text : p.namedChild(0)!.text));
  }
  return [];
}

/** A written shape wins; an embedding first layer makes it token ids (int64). */
function suggestInput(text: string): string | undefined {
  const written = inputFromText(text);
  const first = firstLayerInput(text);
  if (!written) return first;
  return first?.endsWith(':int64') && !written.includes(':') ? `${written}:int64` : written;
}

/** `# shape: (N, 3, 224, 224)` anywhere in the class, else an input shape named in its docstring. */
export function inputFromText(text: string): string | undefined {
  const comment = text.match(SHAPE_COMMENT) ?? text.match(FORWARD_COMMENT);
  if (comment) return comment[1].replace(/\s+/g, '');
  const doc = text.match(/("""|''')([\s\S]*?)\1/);
  const inDoc = doc?.[2].match(DOCSTRING_SHAPE);
  return inDoc ? inDoc[1].replace(/\s+/g, '') : undefined;
}

/** What the first layer built needs: Conv2d(3, …) → (1,3,32,32), Linear(784, …) → (1,784), Embedding → int64 tokens. */
export function firstLayerInput(text: string): string | undefined {
  const m = text.match(/\b(Conv([123])d|Linear|Embedding|LSTM|GRU|RNN)\s*\(\s*([A-Za-z_]\w*|\d+)?/);
  if (!m) return undefined;
  const size = m[3] && /^\d+$/.test(m[3]) ? m[3] : 'C';
  if (m[2]) return `(1,${size},${['64', '32,32', '16,16,16'][Number(m[2]) - 1]})`;
  if (m[1] === 'Linear') return `(1,${size})`;
  if (m[1] === 'Embedding') return '(1,16):int64';
  return `(1,16,${size})`;
}
