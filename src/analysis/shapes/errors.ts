/** What stops inference: a shape that cannot fit, or values the user must supply. */

/** Shapes that cannot fit (Linear expects 512 features, gets 2048): a real bug in the user's model. */
export class ShapeError extends Error {
  override name = 'ShapeError';
  constructor(
    message: string,
    /** 1-based line in the analysed file. */
    readonly line: number,
  ) {
    super(message);
  }
}

/** Inference needs values the file does not give (free names, unsupported constructs). */
export class NeedValues extends Error {
  override name = 'NeedValues';
  constructor(
    message: string,
    readonly line: number,
    /** Free names to ask the user for (`--define NAME=VALUE`); empty when no name would help. */
    readonly names: string[],
  ) {
    super(message);
  }
}
