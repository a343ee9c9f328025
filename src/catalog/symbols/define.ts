/**
 * The API symbol table's entry format. Each framework module lists rows
 *   [canonical symbol, concept id, documented signature, extras?]
 * and `defineSymbols` turns them into entries (signatures parsed once, at load).
 */
import { parseSignature, type Param, type PyValue } from './signature';

export type Framework =
  | 'pytorch'
  | 'keras'
  | 'tensorflow'
  | 'jax'
  | 'flax'
  | 'optax'
  | 'sklearn'
  | 'xgboost'
  | 'lightgbm'
  | 'catboost'
  | 'transformers'
  | 'peft'
  | 'diffusers'
  | 'tokenizers'
  | 'torchmetrics'
  | 'deepspeed'
  | 'gensim';

/**
 * An argument that changes the math changes the concept: `SGD(momentum=0.9)` is sgd-momentum.
 * `nonzero` / `truthy` hold for a literal that is non-zero / truthy, and for any non-literal
 * expression (it may well be non-zero); `equals` needs the literal.
 */
export interface ConceptRule {
  param: string;
  when: 'nonzero' | 'truthy' | { equals: PyValue };
  concept: string;
}

export interface SymbolEntry {
  /** Canonical public path, e.g. `torch.nn.LayerNorm`. */
  symbol: string;
  concept: string;
  framework: Framework;
  kind: 'class' | 'function';
  /** The signature as documented (for display). */
  signature: string;
  /** Parameters of the call (for classes: the constructor, without `self`). */
  params: Param[];
  rules: ConceptRule[];
  /** Other paths that name the same object (internal modules, old names). */
  aliases: string[];
  /** Tensor method names that unambiguously call this function (`x.softmax(-1)`). */
  tensorMethod?: string;
}

export interface RowExtras {
  kind?: 'class' | 'function';
  rules?: ConceptRule[];
  aliases?: string[];
  tensorMethod?: string;
}

export type SymbolRow = readonly [symbol: string, concept: string, signature: string, extras?: RowExtras];

export function defineSymbols(framework: Framework, rows: readonly SymbolRow[]): SymbolEntry[] {
  return rows.map(([symbol, concept, signature, extras = {}]) => {
    const last = symbol.slice(symbol.lastIndexOf('.') + 1);
    return {
      symbol,
      concept,
      framework,
      kind: extras.kind ?? (/^[A-Z]/.test(last) ? 'class' : 'function'),
      signature,
      params: parseSignature(signature),
      rules: extras.rules ?? [],
      aliases: extras.aliases ?? [],
      tensorMethod: extras.tensorMethod,
    };
  });
}
