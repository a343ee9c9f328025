/**
 * ONNX graph builder: declare inputs, initializers and nodes, get back the bytes of a ModelProto
 * that onnxruntime-web loads. Field numbers follow onnx/onnx.proto (IR version 8, opset 17).
 */
import { ProtoWriter } from './protobuf';

export type DType = 'float32' | 'float16' | 'int32' | 'int64' | 'bool';
/** A dimension: a fixed size, or a symbolic name such as "N". */
export type Dim = number | string;

const ONNX_DTYPE: Record<DType, number> = { float32: 1, int32: 6, int64: 7, bool: 9, float16: 10 };

export type Attr =
  | { kind: 'float'; value: number }
  | { kind: 'int'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'floats'; value: readonly number[] }
  | { kind: 'ints'; value: readonly number[] }
  | { kind: 'tensor'; value: TensorInit }
  | { kind: 'graph'; value: GraphBuilder };

/** Typed attribute constructors: ONNX distinguishes 1 (INT) from 1.0 (FLOAT), JavaScript does not. */
export const attr = {
  float: (value: number): Attr => ({ kind: 'float', value }),
  int: (value: number): Attr => ({ kind: 'int', value }),
  string: (value: string): Attr => ({ kind: 'string', value }),
  floats: (value: readonly number[]): Attr => ({ kind: 'floats', value }),
  ints: (value: readonly number[]): Attr => ({ kind: 'ints', value }),
  tensor: (value: TensorInit): Attr => ({ kind: 'tensor', value }),
  /** A subgraph, e.g. the body of Scan or Loop (build it with `GraphBuilder.subgraph`). */
  graph: (value: GraphBuilder): Attr => ({ kind: 'graph', value }),
};

export interface TensorInit {
  dtype: DType;
  dims: readonly number[];
  data: readonly number[];
}

interface ValueInfo {
  name: string;
  dtype: DType;
  dims?: readonly Dim[];
}

interface NodeDef {
  opType: string;
  inputs: readonly string[];
  outputs: readonly string[];
  attrs: Record<string, Attr>;
  name: string;
}

// AttributeProto.AttributeType
const ATTR_TYPE = { float: 1, int: 2, string: 3, tensor: 4, graph: 5, floats: 6, ints: 7 } as const;

function tensorRawData({ dtype, data }: TensorInit): Uint8Array {
  switch (dtype) {
    case 'float32':
      return new Uint8Array(Float32Array.from(data).buffer);
    case 'int32':
      return new Uint8Array(Int32Array.from(data).buffer);
    case 'int64':
      return new Uint8Array(BigInt64Array.from(data, (v) => BigInt(Math.trunc(v))).buffer);
    case 'bool':
      return Uint8Array.from(data, (v) => (v ? 1 : 0));
    case 'float16':
      throw new Error('float16 initializers are not supported: build them with Cast from float32');
  }
}

function writeTensor(w: ProtoWriter, t: TensorInit, name?: string): void {
  if (t.dims.reduce((a, b) => a * b, 1) !== t.data.length) {
    throw new Error(`tensor ${name ?? ''} has ${t.data.length} values for dims [${t.dims.join(', ')}]`);
  }
  for (const d of t.dims) w.int(1, d);
  w.int(2, ONNX_DTYPE[t.dtype]);
  if (name) w.string(8, name);
  w.bytes(9, tensorRawData(t));
}

function writeValueInfo(w: ProtoWriter, v: ValueInfo): void {
  w.string(1, v.name);
  w.message(2, (type) =>
    type.message(1, (tensorType) => {
      tensorType.int(1, ONNX_DTYPE[v.dtype]);
      if (v.dims) {
        const dims = v.dims;
        tensorType.message(2, (shape) => {
          for (const d of dims) {
            shape.message(1, (dim) => (typeof d === 'number' ? dim.int(1, d) : dim.string(2, d)));
          }
        });
      }
    }),
  );
}

function writeAttr(w: ProtoWriter, name: string, a: Attr): void {
  w.string(1, name);
  switch (a.kind) {
    case 'float':
      w.float(2, a.value);
      break;
    case 'int':
      w.int(3, a.value);
      break;
    case 'string':
      w.string(4, a.value);
      break;
    case 'tensor':
      w.message(5, (t) => writeTensor(t, a.value));
      break;
    case 'graph': {
      const body = a.value;
      w.message(6, (gw) => body.writeGraph(gw));
      break;
    }
    case 'floats':
      w.packedFloats(7, a.value);
      break;
    case 'ints':
      w.packedInts(8, a.value);
      break;
  }
  w.int(20, ATTR_TYPE[a.kind]);
}

export interface ModelOptions {
  opset?: number;
  irVersion?: number;
  docString?: string;
}

export class GraphBuilder {
  private readonly inputs: ValueInfo[] = [];
  private readonly outputs: ValueInfo[] = [];
  private readonly initializers: { name: string; tensor: TensorInit }[] = [];
  private readonly nodes: NodeDef[] = [];
  private counter = 0;
  /** Subgraph node names carry their graph's name, so they never repeat the outer graph's. */
  private nodePrefix = '';

  /** `names` is shared with subgraphs: ONNX wants every value name unique across nested scopes. */
  constructor(
    readonly name: string,
    private readonly names = new Set<string>(),
  ) {}

  /** A graph for a control-flow attribute (Scan, Loop); it may read this graph's values by name. */
  subgraph(name: string): GraphBuilder {
    const sub = new GraphBuilder(name, this.names);
    sub.nodePrefix = `${name}/`;
    return sub;
  }

  private claim(name: string): string {
    if (this.names.has(name)) throw new Error(`duplicate value name "${name}" in graph ${this.name}`);
    this.names.add(name);
    return name;
  }

  /** A fresh internal value name. */
  private fresh(hint: string): string {
    let name: string;
    do name = `${hint}_${this.counter++}`;
    while (this.names.has(name));
    return name;
  }

  input(name: string, dtype: DType, dims: readonly Dim[]): string {
    this.inputs.push({ name: this.claim(name), dtype, dims });
    return name;
  }

  /** Declares a graph output; the value must be produced by a node (give the node this output name). */
  output(name: string, dtype: DType = 'float32', dims?: readonly Dim[]): void {
    this.outputs.push({ name, dtype, dims });
  }

  initializer(name: string, tensor: TensorInit): string {
    this.initializers.push({ name: this.claim(name), tensor });
    return name;
  }

  /** A constant value folded into the graph (a Constant node). */
  constant(data: readonly number[], dims: readonly number[] = [], dtype: DType = 'float32'): string {
    return this.node('Constant', [], { value: attr.tensor({ dtype, dims, data }) });
  }

  /** Adds a node with one output; `out` names it (e.g. a graph output), otherwise a fresh name is used. */
  node(opType: string, inputs: readonly string[], attrs: Record<string, Attr> = {}, out?: string): string {
    return this.nodeMulti(opType, inputs, [out ?? this.fresh(opType.toLowerCase())], attrs)[0];
  }

  /** Adds a node with several outputs (use "" in `inputs` for an omitted optional input). */
  nodeMulti(opType: string, inputs: readonly string[], outputs: readonly string[], attrs: Record<string, Attr> = {}): string[] {
    for (const o of outputs) this.claim(o);
    this.nodes.push({ opType, inputs, outputs, attrs, name: `${this.nodePrefix}${opType}_${this.nodes.length}` });
    return [...outputs];
  }

  toBytes(options: ModelOptions = {}): Uint8Array {
    const { opset = 17, irVersion = 8, docString } = options;
    for (const o of this.outputs) {
      if (!this.names.has(o.name)) throw new Error(`graph ${this.name}: output "${o.name}" is never produced`);
    }
    const model = new ProtoWriter();
    model.int(1, irVersion);
    model.string(2, 'ml-lens');
    model.string(3, '1');
    if (docString) model.string(6, docString);
    model.message(7, (g) => this.writeGraph(g));
    model.message(8, (o) => {
      o.string(1, '');
      o.int(2, opset);
    });
    return model.finish();
  }

  /** Writes this graph as a GraphProto (the model's graph, or a subgraph attribute). */
  writeGraph(g: ProtoWriter): void {
    for (const n of this.nodes) {
      g.message(1, (w) => {
        for (const i of n.inputs) w.string(1, i);
        for (const o of n.outputs) w.string(2, o);
        w.string(3, n.name);
        w.string(4, n.opType);
        for (const [k, a] of Object.entries(n.attrs)) w.message(5, (aw) => writeAttr(aw, k, a));
      });
    }
    g.string(2, this.name);
    for (const { name, tensor } of this.initializers) g.message(5, (w) => writeTensor(w, tensor, name));
    for (const v of this.inputs) g.message(11, (w) => writeValueInfo(w, v));
    for (const v of this.outputs) g.message(12, (w) => writeValueInfo(w, v));
  }
}
