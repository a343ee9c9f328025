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

/** Every framework, with the name its documentation uses (hovers, settings, the explorer). */
export const FRAMEWORK_NAMES: Readonly<Record<Framework, string>> = {
  pytorch: 'PyTorch', keras: 'Keras', tensorflow: 'TensorFlow', jax: 'JAX', flax: 'Flax', optax: 'Optax', sklearn: 'scikit-learn', xgboost: 'XGBoost', lightgbm: 'LightGBM', catboost: 'CatBoost', transformers: 'Transformers', peft: 'PEFT', diffusers: 'Diffusers', tokenizers: 'Tokenizers', torchmetrics: 'TorchMetrics', deepspeed: 'DeepSpeed', gensim: 'gensim',
};

export const FRAMEWORKS = Object.keys(FRAMEWORK_NAMES) as readonly Framework[];

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
  readonly params: Param[];
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

/** Signatures are parsed on first use: activation should not pay for 700 parses. */
class Entry implements SymbolEntry {
  private parsed: Param[] | undefined;
  readonly kind: 'class' | 'function';
  readonly rules: ConceptRule[];
  readonly aliases: string[];
  readonly tensorMethod?: string;

  constructor(
    readonly symbol: string,
    readonly concept: string,
    readonly framework: Framework,
    readonly signature: string,
    extras: RowExtras,
  ) {
    const last = symbol.slice(symbol.lastIndexOf('.') + 1);
    this.kind = extras.kind ?? (/^[A-Z]/.test(last) ? 'class' : 'function');
    this.rules = extras.rules ?? [];
    this.aliases = extras.aliases ?? [];
    this.tensorMethod = extras.tensorMethod;
  }

  get params(): Param[] {
    this.parsed ??= parseSignature(this.signature);
    return this.parsed;
  }
}

export function defineSymbols(framework: Framework, rows: readonly SymbolRow[]): SymbolEntry[] {
  return rows.map(([symbol, concept, signature, extras = {}]) => new Entry(symbol, concept, framework, signature, extras));
}
