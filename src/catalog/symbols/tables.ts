/** Every framework's rows, in one list (loaded by ./index on the first lookup). */
import { CATBOOST, LIGHTGBM, XGBOOST } from './boosting';
import type { SymbolEntry } from './define';
import { DEEPSPEED, GENSIM, TORCHMETRICS } from './ecosystem';
import { DIFFUSERS, PEFT, TOKENIZERS, TRANSFORMERS } from './huggingface';
import { FLAX, JAX, OPTAX } from './jax';
import { KERAS, TENSORFLOW } from './keras';
import { PYTORCH } from './pytorch';
import { SKLEARN } from './sklearn';

export const TABLES: readonly SymbolEntry[] = [
  ...PYTORCH,
  ...KERAS,
  ...TENSORFLOW,
  ...JAX,
  ...FLAX,
  ...OPTAX,
  ...SKLEARN,
  ...XGBOOST,
  ...LIGHTGBM,
  ...CATBOOST,
  ...TRANSFORMERS,
  ...PEFT,
  ...DIFFUSERS,
  ...TOKENIZERS,
  ...TORCHMETRICS,
  ...DEEPSPEED,
  ...GENSIM,
];
