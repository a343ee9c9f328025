"""`python3 scripts/walkthrough-media.py` generates media/walkthrough/*.svg: themed with VS Code CSS variables (presentation attributes only: the
Get Started page inlines the SVG under a CSP that blocks <style> and style="")."""
from html import escape
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'media', 'walkthrough')
MONO = "Menlo, Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace"
UI = "system-ui, -apple-system, 'Segoe UI', Ubuntu, 'Droid Sans', sans-serif"
CW = 6.6  # advance of an 11px monospace character

C = {
    'bg': 'var(--vscode-editor-background, #1f1f1f)',
    'fg': 'var(--vscode-editor-foreground, #cccccc)',
    'muted': 'var(--vscode-editorLineNumber-foreground, #6e7681)',
    'desc': 'var(--vscode-descriptionForeground, #9d9d9d)',
    'kw': 'var(--vscode-symbolIcon-keywordForeground, #569cd6)',
    'api': 'var(--vscode-symbolIcon-classForeground, #ee9d28)',
    'fn': 'var(--vscode-symbolIcon-functionForeground, #b180d7)',
    'num': 'var(--vscode-debugTokenExpression-number, #b5cea8)',
    'str': 'var(--vscode-debugTokenExpression-string, #ce9178)',
    'link': 'var(--vscode-textLink-foreground, #4daafc)',
    'tabs': 'var(--vscode-editorGroupHeader-tabsBackground, #181818)',
    'tab': 'var(--vscode-tab-activeBackground, #1f1f1f)',
    'tabTop': 'var(--vscode-tab-activeBorderTop, #0078d4)',
    'tabFg': 'var(--vscode-tab-activeForeground, #ffffff)',
    'hoverBg': 'var(--vscode-editorHoverWidget-background, #202020)',
    'hoverBorder': 'var(--vscode-editorHoverWidget-border, #454545)',
    'hoverHl': 'var(--vscode-editor-hoverHighlightBackground, #264f7840)',
    'rule': 'var(--vscode-editorWidget-border, #454545)',
    'inlayBg': 'var(--vscode-editorInlayHint-background, #3a3d41)',
    'inlayFg': 'var(--vscode-editorInlayHint-foreground, #969696)',
    'lens': 'var(--vscode-editorCodeLens-foreground, #999999)',
    'side': 'var(--vscode-sideBar-background, #181818)',
    'sideFg': 'var(--vscode-sideBar-foreground, #cccccc)',
    'sectionBorder': 'var(--vscode-sideBarSectionHeader-border, #2b2b2b)',
    'sel': 'var(--vscode-list-inactiveSelectionBackground, #37373d)',
    'badgeBg': 'var(--vscode-badge-background, #616161)',
    'badgeFg': 'var(--vscode-badge-foreground, #f8f8f8)',
    'ok': 'var(--vscode-testing-iconPassed, #73c991)',
    'cellBorder': 'var(--vscode-notebook-cellBorderColor, #37373d)',
    'cellBg': 'var(--vscode-notebook-cellEditorBackground, #181818)',
    'focus': 'var(--vscode-focusBorder, #0078d4)',
    'panel': 'var(--vscode-editorWidget-background, #202020)',
    'cellHl': 'var(--vscode-editor-findMatchHighlightBackground, #ea5c0055)',
}


def text(x, y, s, fill='fg', size=11, font=MONO, weight=None, anchor=None):
    w = f' font-weight="{weight}"' if weight else ''
    a = f' text-anchor="{anchor}"' if anchor else ''
    return f'<text x="{x:.1f}" y="{y:.1f}" fill="{C.get(fill, fill)}" font-family="{font}" font-size="{size}"{w}{a} xml:space="preserve">{escape(s)}</text>'


def code(x, y, parts, size=11):
    """parts: [(text, color)] drawn as one line of monospace text with tspans."""
    spans = ''.join(f'<tspan fill="{C[c]}">{escape(t)}</tspan>' for t, c in parts)
    return f'<text x="{x:.1f}" y="{y:.1f}" font-family="{MONO}" font-size="{size}" xml:space="preserve">{spans}</text>'


def row(x, y, parts, size=12, font=UI):
    """parts: [(text, color, gap_before, weight)] laid out by the browser (tspans), so widths are exact."""
    spans = ''.join(
        f'<tspan fill="{C[c]}" dx="{gap}"' + (f' font-weight="{w}"' if w else '') + f'>{escape(t)}</tspan>'
        for t, c, gap, w in parts)
    return f'<text x="{x:.1f}" y="{y:.1f}" font-family="{font}" font-size="{size}" xml:space="preserve">{spans}</text>'


def rect(x, y, w, h, fill, rx=0, stroke=None):
    s = f' stroke="{C.get(stroke, stroke)}"' if stroke else ''
    return f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" rx="{rx}" fill="{C.get(fill, fill)}"{s}/>'


def svg(name, title, desc, body, w=520, h=300):
    out = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" fill="none" role="img" aria-labelledby="title desc">'
           f'<title id="title">{escape(title)}</title><desc id="desc">{escape(desc)}</desc>'
           + ''.join(body) + '</svg>\n')
    with open(os.path.join(OUT, name), 'w') as f:
        f.write(out)


def editor_frame(tab, w=520, h=300):
    return [rect(0, 0, w, h, 'bg', 6), rect(0, 0, w, 30, 'tabs'), rect(0, 0, 150, 30, 'tab'), rect(0, 0, 150, 2, 'tabTop'),
            text(14, 19, tab, 'tabFg', 11.5, UI)]


def py(tokens):
    return tokens


# 1. Hover card ---------------------------------------------------------------------------------------------
b = editor_frame('train_classifier.py')
lines = [
    (26, [('        super().__init__()', 'fg')]),
    (27, [('        self.fc1 = ', 'fg'), ('nn.Linear', 'api'), ('(in_features, hidden)', 'fg')]),
    (28, [('        self.norm1 = ', 'fg'), ('nn.LayerNorm', 'api'), ('(hidden)', 'fg')]),
]
y0 = 52
for i, (n, parts) in enumerate(lines):
    y = y0 + i * 18
    if n == 28:
        b.append(rect(44 + 21 * CW, y - 12, 12 * CW, 16, 'hoverHl', 2))
    b.append(text(34, y, str(n), 'muted', 11, anchor='end'))
    b.append(code(44, y, parts))
hx, hy, hw, hh = 96, 94, 404, 184
b.append(f'<rect x="{hx}" y="{hy}" width="{hw}" height="{hh}" rx="4" fill="{C["hoverBg"]}" stroke="{C["hoverBorder"]}"/>')
x = hx + 12
b.append(text(x, hy + 22, 'Layer normalization', 'fg', 12.5, UI, 'bold'))
b.append(code(x + 200, hy + 22, [('torch.nn.LayerNorm', 'str')], 11))
b.append(text(x + 380, hy + 22, 'PyTorch', 'desc', 11, UI, None, 'end'))
b.append(text(x, hy + 44, 'LayerNorm rescales each sample on its own: mean 0 and std 1', 'fg', 11.5, UI))
b.append(text(x, hy + 60, 'over its trailing feature dimensions, then a learned γ and β.', 'fg', 11.5, UI))
b.append(text(x, hy + 84, 'Your call', 'fg', 11.5, UI, 'bold'))
rows = [('normalized_shape', 'hidden', 'yours'), ('eps', '0.00001', 'default'), ('elementwise_affine', 'True', 'default')]
ty = hy + 102
b.append(f'<path d="M{x} {ty - 12.5}h380" stroke="{C["rule"]}"/>')
for i, (p, v, k) in enumerate(rows):
    yy = ty + i * 18
    b.append(text(x, yy, p, 'str', 11))
    b.append(text(x + 150, yy, v, 'num', 11))
    b.append(text(x + 250, yy, k, 'desc', 11, UI))
    b.append(f'<path d="M{x} {yy + 5.5}h380" stroke="{C["rule"]}" stroke-opacity="0.5"/>')
b.append(row(x, hy + hh - 14, [('Open walkthrough', 'link', 0, None), ('·', 'desc', 6, None), ('Full card', 'link', 6, None), ('·', 'desc', 6, None), ('Docs', 'link', 6, None)], 11.5))
svg('hover.svg', 'Hover card over nn.LayerNorm',
    'An editor line creating nn.LayerNorm(hidden), with the ML Lens hover card below it: the title Layer normalization, '
    'the arguments normalized_shape, eps and elementwise_affine with their values, and links to the walkthrough, the full card and the docs.', b)

# 2. Walkthrough panel ---------------------------------------------------------------------------------------
b = [rect(0, 0, 520, 300, 'bg', 6), rect(0, 0, 520, 30, 'tabs'), rect(0, 0, 200, 30, 'tab'), rect(0, 0, 200, 2, 'tabTop'),
     text(14, 19, 'ML Lens: MatMul backward', 'tabFg', 11.5, UI)]
b.append(text(24, 60, 'MatMul backward', 'fg', 17, UI, 'bold'))
b.append(rect(380, 45, 116, 22, 'ok', 11))
b.append(text(438, 60, 'WebGPU · 0.4 ms', 'bg', 10.5, UI, 'bold', 'middle'))
b.append(text(24, 82, 'Out = A·B,   dA = G·Bᵀ,   dB = Aᵀ·G   (G = ones)', 'desc', 12, UI))


def matrix(x, y, label, rows, hl=None):
    cw, ch = 30, 22
    n, m = len(rows), len(rows[0])
    out = [text(x, y - 8, label, 'fg', 11.5, UI, 'bold')]
    out.append(f'<path d="M{x + 4} {y}h-4v{n * ch}h4M{x + m * cw - 4} {y}h4v{n * ch}h-4" stroke="{C["desc"]}"/>')
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if hl == (i, j):
                out.append(rect(x + j * cw + 2, y + i * ch + 2, cw - 4, ch - 4, 'hoverHl', 3, 'focus'))
            out.append(text(x + j * cw + cw / 2, y + i * ch + 15, str(v), 'num', 11.5, MONO, None, 'middle'))
    return out


b += matrix(24, 120, 'A  (2×3)', [[1, 2, 3], [4, 5, 6]])
b += matrix(150, 120, 'B  (3×2)', [[1, 2], [3, 4], [5, 6]])
b += matrix(240, 120, 'Out = A·B', [[22, 28], [49, 64]])
b += matrix(24, 220, 'dA = G·Bᵀ', [[3, 7, 11], [3, 7, 11]], hl=(0, 0))
b += matrix(150, 220, 'dB = Aᵀ·G', [[5, 5], [7, 7], [9, 9]])
b.append(f'<rect x="310" y="212" width="198" height="74" rx="4" fill="{C["panel"]}" stroke="{C["rule"]}"/>')
b.append(text(322, 232, 'dA[0,0] = Σ G[0,n]·B[0,n]', 'fg', 11, MONO))
b.append(text(322, 252, '        = 1·1 + 1·2', 'fg', 11, MONO))
b.append(text(322, 272, '        = 3', 'num', 11, MONO, 'bold'))
svg('walkthrough.svg', 'Walkthrough panel: MatMul backward',
    'A walkthrough panel for MatMul backward that ran on WebGPU: A = [[1,2,3],[4,5,6]], B = [[1,2],[3,4],[5,6]], '
    'Out = [[22,28],[49,64]], dA = [[3,7,11],[3,7,11]] and dB = [[5,5],[7,7],[9,9]], with the entry dA[0,0] = 1·1 + 1·2 = 3 explained.', b)

# 3. Shapes ---------------------------------------------------------------------------------------------------
b = editor_frame('train_classifier.py')
rows = [
    (36, [('    ', 'fg'), ('def ', 'kw'), ('forward', 'fn'), ('(self, x):', 'fg')], '  x: (N, 32)'),
    (37, [('        x = self.fc1(x)', 'fg')], '(N, 128)'),
    (38, [('        x = self.drop(self.act(self.norm1(x)))', 'fg')], '(N, 128)'),
    (39, [('        x = self.fc2(x)', 'fg')], '(N, 128)'),
    (40, [('        x = self.drop(self.act(self.norm2(x)))', 'fg')], '(N, 128)'),
    (41, [('        ', 'fg'), ('return ', 'kw'), ('self.head(x)', 'fg')], '(N, 10)'),
]
for i, (n, parts, hint) in enumerate(rows):
    y = 56 + i * 22
    b.append(text(34, y, str(n), 'muted', 11, anchor='end'))
    b.append(code(44, y, parts))
    length = sum(len(t) for t, _ in parts)
    hx = 44 + length * CW + 8
    if i == 0:
        b.append(text(hx, y, '# ' + hint.strip(), 'desc', 11))
        continue
    w = len(hint) * CW + 10
    b.append(rect(hx, y - 12, w, 16, 'inlayBg', 3))
    b.append(text(hx + 5, y, hint, 'inlayFg', 11))
b.append(f'<rect x="44" y="200" width="452" height="78" rx="4" fill="{C["panel"]}" stroke="{C["rule"]}"/>')
b.append(text(58, 222, 'MLP(32, 128, 10) with input (N, 32)', 'fg', 12, UI, 'bold'))
b.append(text(58, 242, 'fc1 Linear (N, 32) → (N, 128)    norm1 LayerNorm (N, 128) → (N, 128)', 'desc', 11, UI))
b.append(text(58, 260, 'fc2 Linear (N, 128) → (N, 128)   head Linear (N, 128) → (N, 10)', 'desc', 11, UI))
svg('shapes.svg', 'Tensor shapes explained statically',
    'The forward method of an MLP where each line is followed by the shape it produces: the input (N, 32), '
    '(N, 128) after fc1, norm1, fc2 and norm2, and (N, 10) after the head; a summary lists each layer with its input and output shape.', b)

# 4. Explorer -------------------------------------------------------------------------------------------------
b = [rect(0, 0, 520, 330, 'side', 6)]
b.append(text(16, 22, 'ML LENS', 'sideFg', 11, UI, 'bold'))


def section(y, label):
    return [f'<path d="M0 {y - 15}h520" stroke="{C["sectionBorder"]}"/>',
            f'<path d="M10 {y - 7}l4 4 4-4" stroke="{C["sideFg"]}" stroke-width="1.2"/>',
            text(24, y, label, 'sideFg', 11, UI, 'bold')]


def chevron(x, y, open_):
    d = f'M{x} {y - 7}l4 4 4-4' if open_ else f'M{x + 2} {y - 9}l4 4-4 4'
    return f'<path d="{d}" stroke="{C["sideFg"]}" stroke-width="1.2"/>'


def icon_dot(x, y, kind):
    if kind == 'play':
        return (f'<circle cx="{x + 6}" cy="{y - 4}" r="6" stroke="{C["sideFg"]}" stroke-width="1.1"/>'
                f'<path d="M{x + 4.3} {y - 7}v6l4.6-3z" fill="{C["sideFg"]}"/>')
    if kind == 'book':
        return f'<path d="M{x + 1} {y - 9}h5a2 2 0 0 1 2 2v9a2 2 0 0 0-2-2H{x + 1}zM{x + 11} {y - 9}h-3" stroke="{C["sideFg"]}" stroke-width="1.1"/>'
    if kind == 'group':
        return f'<rect x="{x}" y="{y - 10}" width="12" height="12" rx="2" stroke="{C["api"]}" stroke-width="1.2"/>'
    if kind == 'method':
        return f'<path d="M{x + 6} {y - 10}l5 3v6l-5 3-5-3v-6z" stroke="{C["fn"]}" stroke-width="1.1"/>'
    return ''


b += section(50, 'CONCEPTS')
b.append(f'<circle cx="470" cy="44" r="4.5" stroke="{C["sideFg"]}" stroke-width="1.2"/><path d="M473.5 47.5l3 3" stroke="{C["sideFg"]}" stroke-width="1.2"/>')
b.append(f'<path d="M488 40h12l-4.5 5v5l-3 1.5v-6.5z" stroke="{C["sideFg"]}" stroke-width="1.1"/>')
tree = [
    (0, True, 'group', 'Optimizers', '19'),
    (1, None, 'play', 'Stochastic gradient descent (SGD)', 'SGD moves every parameter…'),
    (1, None, 'play', 'SGD with momentum', 'Momentum keeps a velocity v…'),
    (1, None, 'play', 'Adam', 'Adam keeps two moving averages…'),
    (0, False, 'group', 'Normalization', '5'),
    (0, False, 'group', 'Losses', '10'),
]
y = 74
for depth, open_, kind, label, desc in tree:
    x = 12 + depth * 16
    if label == 'Adam':
        b.append(rect(0, y - 14, 520, 20, 'sel'))
        b.append(icon_dot(486, y, 'play'))
    if open_ is not None:
        b.append(chevron(x, y, open_))
    b.append(icon_dot(x + 16, y, kind))
    b.append(row(x + 34, y, [(label, 'sideFg', 0, None), (desc, 'desc', 10, None)]))
    y += 21
b += section(y + 14, 'IN THIS FILE')
b.append(text(112, y + 14, 'train_classifier.py', 'desc', 11, UI))
y += 38
for depth, kind, label, desc in [
    (0, 'group', 'Layer normalization', '2 · LayerNorm'),
    (1, 'method', 'self.norm1 = nn.LayerNorm(hidden)', 'line 28'),
    (1, 'method', 'self.norm2 = nn.LayerNorm(hidden)', 'line 30'),
    (0, 'group', 'AdamW (Adam with decoupled weight decay)', '1 · AdamW'),
]:
    x = 12 + depth * 16
    if depth == 0:
        b.append(chevron(x, y, True))
    b.append(icon_dot(x + 16, y, kind))
    if depth:
        pre = label.index('nn.LayerNorm')
        b.append(rect(x + 34 + pre * 6.6, y - 12, 12 * 6.6, 16, 'cellHl', 2))
        b.append(text(x + 34, y, label, 'sideFg', 11, MONO))
        b.append(text(x + 34 + len(label) * 6.6 + 10, y, desc, 'desc', 11.5, UI))
    else:
        b.append(row(x + 34, y, [(label, 'sideFg', 0, None), (desc, 'desc', 10, None)]))
    y += 21
svg('explorer.svg', 'The ML Lens view',
    'The ML Lens side bar. Concepts: Optimizers expanded with SGD, SGD with momentum and Adam, then Normalization '
    'and Losses, with search and filter actions. In This File, for train_classifier.py: Layer normalization used twice, on lines 28 and 30, and AdamW once.', b, h=330)

# 5. Notebook -------------------------------------------------------------------------------------------------
b = editor_frame('small_cnn.ipynb')


def cell(y, h, lines, n, focused=False):
    out = [f'<rect x="40" y="{y}" width="460" height="{h}" rx="4" fill="{C["cellBg"]}" stroke="{C["focus" if focused else "cellBorder"]}"/>',
           text(30, y + 20, f'[{n}]', 'muted', 10.5, MONO, None, 'end')]
    yy = y + 20
    for parts in lines:
        if isinstance(parts, str):  # a CodeLens line above the next statement
            out.append(text(56 + 8 * CW, yy - 1, parts, 'lens', 10.5, UI))
            yy += 16
            continue
        out.append(code(56, yy, parts))
        yy += 18
    return out


b += cell(42, 84, [
    [('%matplotlib inline', 'desc')],
    [('import ', 'kw'), ('torch', 'fg')],
    [('import ', 'kw'), ('torch.nn ', 'fg'), ('as ', 'kw'), ('nn', 'fg')],
    [('from ', 'kw'), ('torch.optim ', 'fg'), ('import ', 'kw'), ('AdamW', 'fg')],
], 1)
b += cell(138, 140, [
    [('def ', 'kw'), ('conv_block', 'fn'), ('(c_in, c_out):', 'fg')],
    [('    return ', 'kw'), ('nn.Sequential', 'api'), ('(', 'fg')],
    'ML Lens: Conv2d · walkthrough',
    [('        ', 'fg'), ('nn.Conv2d', 'api'), ('(c_in, c_out, kernel_size=', 'fg'), ('3', 'num'), (', padding=', 'fg'), ('1', 'num'), ('),', 'fg')],
    [('        ', 'fg'), ('nn.BatchNorm2d', 'api'), ('(c_out),', 'fg')],
    [('        ', 'fg'), ('nn.ReLU', 'api'), ('(),', 'fg')],
    [('        ', 'fg'), ('nn.MaxPool2d', 'api'), ('(', 'fg'), ('2', 'num'), ('),', 'fg')],
], 2, True)
svg('notebook.svg', 'ML Lens in a Jupyter notebook',
    'Two notebook cells. The first imports torch.nn as nn and AdamW; the second builds nn.Sequential with nn.Conv2d, '
    'nn.BatchNorm2d, nn.ReLU and nn.MaxPool2d, and ML Lens shows a CodeLens "Conv2d · walkthrough" above the Conv2d line, '
    'because the cell sees the imports of the cell above it.', b)

