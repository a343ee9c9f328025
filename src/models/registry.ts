/** Every walkthrough demo, by id: the one place to find a demo's model builder. */
import type { DemoDefinition } from './demo';
import { matmulBackward } from './matmulBackward';

export const DEMOS: readonly DemoDefinition[] = [matmulBackward];

export function findDemo(id: string): DemoDefinition | undefined {
  return DEMOS.find((d) => d.id === id);
}
