/** Codicons for the explorer: one per concept family, one per kind of reference. */
import * as vscode from 'vscode';
import type { ReferenceKind } from '../../analysis';

const FAMILY_ICONS: Record<string, string> = {
  optimizers: 'rocket',
  regularization: 'shield',
  normalization: 'symbol-ruler',
  activations: 'pulse',
  losses: 'target',
  layers: 'layers',
  attention: 'eye',
  'fine-tuning': 'wand',
  vision: 'device-camera',
  metrics: 'graph',
  'classical-ml': 'type-hierarchy',
  systems: 'server',
};

export function familyIcon(family: string): vscode.ThemeIcon {
  return new vscode.ThemeIcon(FAMILY_ICONS[family] ?? 'symbol-misc');
}

const KIND_ICONS: Record<ReferenceKind, string> = {
  call: 'symbol-method',
  'tensor-method': 'symbol-method',
  decorator: 'symbol-event',
  base: 'symbol-class',
  reference: 'symbol-field',
  isinstance: 'symbol-interface',
  annotation: 'symbol-interface',
};

export function referenceIcon(kind: ReferenceKind): vscode.ThemeIcon {
  return new vscode.ThemeIcon(KIND_ICONS[kind]);
}
