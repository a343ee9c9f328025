/**
 * matmul-backward: Out = A·B and its gradients dA = G·Bᵀ, dB = Aᵀ·G (G = ∂L/∂Out, ones by default).
 * Besides the contract's outputs the graph returns the products behind every entry
 * (Out_terms, dA_terms, dB_terms) so the panel's scalar view shows numbers ORT computed, not JS.
 */
import { attr, GraphBuilder } from './onnx/graph';
import { DemoInputError, rejectUnknown, tensorInput, type DemoDefinition, type PreparedDemo } from './demo';
import { filled, fromRows } from './tensor';

/** The seed's worked example. */
export const SEED_A = fromRows([
  [1, 2, 3],
  [4, 5, 6],
]);
export const SEED_B = fromRows([
  [1, 2],
  [3, 4],
  [5, 6],
]);

function buildModel(): Uint8Array {
  const g = new GraphBuilder('matmul_backward');
  const A = g.input('A', 'float32', ['M', 'K']);
  const B = g.input('B', 'float32', ['K', 'N']);
  const G = g.input('G', 'float32', ['M', 'N']);
  const perm = { perm: attr.ints([1, 0]) };
  const Bt = g.node('Transpose', [B], perm);
  const At = g.node('Transpose', [A], perm);
  const Gt = g.node('Transpose', [G], perm);
  g.node('MatMul', [A, B], {}, 'Out');
  g.node('MatMul', [G, Bt], {}, 'dA');
  g.node('MatMul', [At, G], {}, 'dB');

  // Scalar view: every product that one entry sums over, laid out along the last axis.
  const axis = (a: number) => g.constant([a], [1], 'int64');
  const unsq = (x: string, a: number) => g.node('Unsqueeze', [x, axis(a)]);
  g.node('Mul', [unsq(A, 1), unsq(Bt, 0)], {}, 'Out_terms'); // [i,j,k] = A[i,k]·B[k,j]
  g.node('Mul', [unsq(G, 1), unsq(B, 0)], {}, 'dA_terms'); // [i,k,j] = G[i,j]·B[k,j]
  g.node('Mul', [unsq(At, 1), unsq(Gt, 0)], {}, 'dB_terms'); // [k,j,i] = A[i,k]·G[i,j]

  g.output('Out', 'float32', ['M', 'N']);
  g.output('dA', 'float32', ['M', 'K']);
  g.output('dB', 'float32', ['K', 'N']);
  g.output('Out_terms', 'float32', ['M', 'N', 'K']);
  g.output('dA_terms', 'float32', ['M', 'K', 'N']);
  g.output('dB_terms', 'float32', ['K', 'N', 'M']);
  return g.toBytes({ docString: 'ML Lens matmul-backward: Out = A@B, dA = G@B^T, dB = A^T@G' });
}

export const matmulBackward: DemoDefinition = {
  id: 'matmul-backward',
  concept: 'matmul',
  title: { en: 'MatMul backward', 'zh-cn': '矩阵乘法的反向传播' },
  summary: {
    en: 'Out = A·B. Given the upstream gradient G = ∂L/∂Out, the gradients are dA = G·Bᵀ and dB = Aᵀ·G — derived entry by entry, then checked by shapes.',
    'zh-cn': 'Out = A·B。已知上游梯度 G = ∂L/∂Out，则 dA = G·Bᵀ、dB = Aᵀ·G——先逐元素推导，再用形状核对。',
  },
  inputs: [
    { name: 'A', dims: ['M', 'K'], editable: true },
    { name: 'B', dims: ['K', 'N'], editable: true },
    { name: 'G', dims: ['M', 'N'], editable: true },
  ],
  outputs: ['Out', 'dA', 'dB'],
  steps: [
    {
      id: 'forward',
      title: { en: 'Forward', 'zh-cn': '前向' },
      formula: String.raw`\mathrm{Out}_{ij} = \sum_k A_{ik}\,B_{kj}`,
      tensors: ['A', 'B', 'Out'],
      note: {
        en: 'Each entry of Out is row i of A dotted with column j of B.',
        'zh-cn': 'Out 的每个元素是 A 的第 i 行与 B 的第 j 列的点积。',
      },
    },
    {
      id: 'grad-a',
      title: { en: 'Gradient of A', 'zh-cn': 'A 的梯度' },
      formula: String.raw`\frac{\partial L}{\partial A_{ik}} = \sum_j G_{ij}\,B_{kj} \;\Rightarrow\; \mathrm{dA} = G\,B^{\top}`,
      tensors: ['G', 'B', 'dA'],
      note: {
        en: 'A[i,k] meets B[k,j] in every Out[i,j] of row i, so its gradient collects G[i,j]·B[k,j] over j: row i of G dotted with row k of B.',
        'zh-cn': 'A[i,k] 出现在第 i 行的每个 Out[i,j] 中，系数是 B[k,j]，所以它的梯度对 j 求和 G[i,j]·B[k,j]：G 的第 i 行点乘 B 的第 k 行。',
      },
    },
    {
      id: 'grad-b',
      title: { en: 'Gradient of B', 'zh-cn': 'B 的梯度' },
      formula: String.raw`\frac{\partial L}{\partial B_{kj}} = \sum_i A_{ik}\,G_{ij} \;\Rightarrow\; \mathrm{dB} = A^{\top} G`,
      tensors: ['A', 'G', 'dB'],
      note: {
        en: 'B[k,j] meets A[i,k] in every Out[i,j] of column j: column k of A dotted with column j of G.',
        'zh-cn': 'B[k,j] 出现在第 j 列的每个 Out[i,j] 中，系数是 A[i,k]：A 的第 k 列点乘 G 的第 j 列。',
      },
    },
    {
      id: 'shapes',
      title: { en: 'Check by shapes', 'zh-cn': '用形状核对' },
      formula: String.raw`\underbrace{\mathrm{dA}}_{M\times K} = \underbrace{G}_{M\times N}\,\underbrace{B^{\top}}_{N\times K} \qquad \underbrace{\mathrm{dB}}_{K\times N} = \underbrace{A^{\top}}_{K\times M}\,\underbrace{G}_{M\times N}`,
      tensors: ['dA', 'dB'],
      note: {
        en: 'A gradient has the shape of what it differentiates. With G = ones, dA is just Bᵀ summed over columns; the only product of G and B whose shape is M×K is G·Bᵀ.',
        'zh-cn': '梯度与求导对象同形。G 取全 1 时 dA 就是按列求和的 Bᵀ；G 与 B 之间唯一能得到 M×K 的乘法就是 G·Bᵀ。',
      },
    },
  ],
  prepare(request): PreparedDemo {
    rejectUnknown('param', request.params, []);
    rejectUnknown('input', request.inputs, ['A', 'B', 'G']);
    const A = tensorInput(request.inputs, 'A', 2, () => SEED_A);
    const B = tensorInput(request.inputs, 'B', 2, () => SEED_B);
    const [M, K] = A.dims;
    const [K2, N] = B.dims;
    if (K !== K2) {
      throw new DemoInputError(`A is ${M}×${K} and B is ${K2}×${N}: A's columns (K = ${K}) must equal B's rows (${K2})`);
    }
    const G = tensorInput(request.inputs, 'G', 2, () => filled([M, N], 1));
    if (G.dims[0] !== M || G.dims[1] !== N) {
      throw new DemoInputError(`G must have Out's shape ${M}×${N}, got ${G.dims.join('×')}`);
    }
    return {
      demo: 'matmul-backward',
      params: {},
      inputs: { A, B, G },
      modelKey: 'matmul-backward',
      buildModel,
      outputNames: ['Out', 'dA', 'dB', 'Out_terms', 'dA_terms', 'dB_terms'],
    };
  },
};
