/**
 * The API symbol table: canonical API path → concept, framework, signature. One module per framework
 * family (merged in ./tables); this file looks paths up and resolves the internal paths frameworks re-export.
 * The table is built on the first lookup, not when this module loads: the extension imports it at activation,
 * and the 700 rows are not needed until the first Python file is analysed (bench: activation).
 */
import type { SymbolEntry } from './define';

export type { ConceptRule, Framework, SymbolEntry } from './define';
export { FRAMEWORK_NAMES, FRAMEWORKS } from './define';
export type { Param, PyValue } from './signature';

interface Table {
  all: readonly SymbolEntry[];
  byPath: ReadonlyMap<string, SymbolEntry>;
  byTensorMethod: ReadonlyMap<string, SymbolEntry>;
  tensorMethodNames: ReadonlySet<string>;
}
let table: Table | undefined;

function symbolTable(): Table {
  if (table) return table;
  // require, not import: esbuild then runs the framework modules here, at the first lookup.
  const { TABLES } = require('./tables') as typeof import('./tables');
  const byPath = new Map<string, SymbolEntry>();
  for (const e of TABLES) {
    for (const path of [e.symbol, ...e.aliases]) {
      if (byPath.has(path)) throw new Error(`symbol table: ${path} is listed twice`);
      byPath.set(path, e);
    }
  }
  const byTensorMethod = new Map(TABLES.filter((e) => e.tensorMethod).map((e) => [e.tensorMethod!, e]));
  table = { all: TABLES, byPath, byTensorMethod, tensorMethodNames: new Set(byTensorMethod.keys()) };
  return table;
}

/** Every entry, framework by framework. */
export function allSymbols(): readonly SymbolEntry[] {
  return symbolTable().all;
}

/**
 * Internal module paths → the public path the docs use (`torch.nn.modules.conv.Conv2d` is
 * `torch.nn.Conv2d`; `tensorflow.keras.X` is `keras.X`). Applied when a path is not found as written.
 */
const REWRITES: readonly [RegExp, string][] = [
  [/^tensorflow\.(?:python\.)?keras\./, 'keras.'],
  [/^tf_keras\./, 'keras.'],
  [/^keras\.src\.(layers|losses|optimizers|callbacks|activations|metrics|models|ops)\.(?:[a-z_0-9]+\.)*([A-Za-z_]\w*)$/, 'keras.$1.$2'],
  [/^keras\.api\._v2\.keras\./, 'keras.'],
  [/^torch\.nn\.modules\.(?:[a-z_0-9]+\.)?(\w+)$/, 'torch.nn.$1'],
  [/^torch\.optim\.(?!lr_scheduler\.)[a-z_0-9]+\.(\w+)$/, 'torch.optim.$1'],
  [/^sklearn\.(\w+)\._[a-z_0-9]+(?:\.[a-z_0-9]+)*\.(\w+)$/, 'sklearn.$1.$2'],
  [/^transformers\.models\.[a-z0-9_]+\.[a-z0-9_]+\.(\w+)$/, 'transformers.$1'],
  [/^transformers\.models\.[a-z0-9_]+\.(\w+)$/, 'transformers.$1'],
  [/^diffusers\.(?:models|schedulers|pipelines)\.(?:[a-z0-9_]+\.)*(\w+)$/, 'diffusers.$1'],
  [/^peft\.(?:tuners|peft_model|mapping)\.(?:[a-z0-9_]+\.)*(\w+)$/, 'peft.$1'],
  [/^flax\.linen\.[a-z_0-9]+\.(\w+)$/, 'flax.linen.$1'],
  [/^flax\.nnx\.(?:nn\.)?[a-z_0-9]+\.(\w+)$/, 'flax.nnx.$1'],
  [/^optax\._src\.[a-z_0-9]+\.(\w+)$/, 'optax.$1'],
  [/^xgboost\.(?:sklearn|training|core)\.(\w+)$/, 'xgboost.$1'],
  [/^lightgbm\.(?:sklearn|engine|basic)\.(\w+)$/, 'lightgbm.$1'],
  [/^catboost\.core\.(\w+)$/, 'catboost.$1'],
];

/** The entry for a fully-qualified path, following documented re-exports; undefined if not an API we know. */
export function lookupSymbol(path: string): SymbolEntry | undefined {
  const { byPath } = symbolTable();
  const direct = byPath.get(path);
  if (direct) return direct;
  for (const [re, to] of REWRITES) {
    if (!re.test(path)) continue;
    const hit = byPath.get(path.replace(re, to));
    if (hit) return hit;
  }
  return undefined;
}

/** Entries whose `tensorMethod` is this name (`x.softmax(...)`). */
export function tensorMethod(name: string): SymbolEntry | undefined {
  return symbolTable().byTensorMethod.get(name);
}

/** The tensor method names the table knows (`softmax`, `relu`, …). */
export function tensorMethodNames(): ReadonlySet<string> {
  return symbolTable().tensorMethodNames;
}
