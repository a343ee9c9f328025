/**
 * A long, realistic Python file for the hover bench: PyTorch models and training loops, attention, Keras,
 * scikit-learn and Hugging Face fine-tuning, mixed with the plain Python around them (configs, parsing, I/O)
 * — roughly how a research repository's files read. Deterministic for a seed; every block is valid Python.
 */
import { uniforms as rng } from '../src/models/synthetic';

/** mulberry32 (the walkthroughs' seeded generator), so every run benches the same text. */
export { rng };

type Block = (n: number, r: Pick<Picker, 'int' | 'pick'>) => string;

interface Picker {
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
}

const IMPORTS = `import math
import os
import json
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, Dataset
from torch.optim import AdamW
from torch.optim.lr_scheduler import CosineAnnealingLR
`;

const convNet: Block = (n, r) => {
  const c = r.pick([16, 32, 64]);
  return `
class ConvNet${n}(nn.Module):
    """A small CNN: two conv blocks, global pooling and a linear head."""

    def __init__(self, in_channels: int = 3, num_classes: int = ${r.int(2, 100)}):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, ${c}, kernel_size=3, padding=1)
        self.bn1 = nn.BatchNorm2d(${c})
        self.conv2 = nn.Conv2d(${c}, ${c * 2}, kernel_size=3, stride=2, padding=1)
        self.bn2 = nn.BatchNorm2d(${c * 2})
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.dropout = nn.Dropout(p=${r.pick([0.1, 0.2, 0.3, 0.5])})
        self.fc = nn.Linear(${c * 2}, num_classes)

    def forward(self, x):
        x = F.relu(self.bn1(self.conv1(x)))
        x = F.relu(self.bn2(self.conv2(x)))
        x = self.pool(x).flatten(1)
        return self.fc(self.dropout(x))
`;
};

const attention: Block = (n, r) => {
  const d = r.pick([64, 128, 256, 512]);
  return `
class SelfAttention${n}(nn.Module):
    def __init__(self, dim: int = ${d}, heads: int = ${r.pick([4, 8])}, causal: bool = ${r.pick(['True', 'False'])}):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(dim, 3 * dim, bias=False)
        self.proj = nn.Linear(dim, dim)
        self.norm = nn.LayerNorm(dim, eps=1e-6)
        self.causal = causal

    def forward(self, x, mask: Optional[torch.Tensor] = None):
        b, t, c = x.shape
        q, k, v = self.qkv(self.norm(x)).chunk(3, dim=-1)
        q, k, v = (z.view(b, t, self.heads, c // self.heads).transpose(1, 2) for z in (q, k, v))
        scores = torch.matmul(q, k.transpose(-2, -1)) / math.sqrt(c // self.heads)
        if mask is not None:
            scores = scores.masked_fill(mask == 0, float("-inf"))
        weights = F.softmax(scores, dim=-1)
        out = torch.matmul(weights, v).transpose(1, 2).reshape(b, t, c)
        return x + self.proj(out)


def fused_attention_${n}(q, k, v, p: float = 0.0):
    return F.scaled_dot_product_attention(q, k, v, dropout_p=p, is_causal=True)
`;
};

const mlp: Block = (n, r) => `
class Block${n}(nn.Module):
    def __init__(self, dim: int = ${r.pick([256, 384, 768])}, hidden: int = ${r.pick([1024, 1536, 3072])}):
        super().__init__()
        self.ln = nn.LayerNorm(dim)
        self.up = nn.Linear(dim, hidden)
        self.act = nn.${r.pick(['GELU', 'SiLU', 'ReLU'])}()
        self.down = nn.Linear(hidden, dim)
        self.drop = nn.Dropout(${r.pick([0.0, 0.1])})

    def forward(self, x):
        return x + self.drop(self.down(self.act(self.up(self.ln(x)))))
`;

const config: Block = (n, r) => `
@dataclass
class TrainConfig${n}:
    lr: float = ${r.pick(['3e-4', '1e-3', '5e-5'])}
    weight_decay: float = ${r.pick(['0.01', '0.05', '0.1'])}
    epochs: int = ${r.int(3, 90)}
    batch_size: int = ${r.pick([16, 32, 64, 128])}
    warmup_steps: int = ${r.int(0, 2000)}
    tags: list = field(default_factory=list)

    @classmethod
    def from_json(cls, path: str) -> "TrainConfig${n}":
        with open(path, encoding="utf-8") as f:
            raw = json.load(f)
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def describe(self) -> str:
        parts = [f"{name}={getattr(self, name)}" for name in self.__dataclass_fields__]
        return ", ".join(parts)
`;

const dataset: Block = (n) => `
class CsvDataset${n}(Dataset):
    def __init__(self, path: str, columns: Optional[list] = None):
        self.rows = []
        with open(path, encoding="utf-8") as f:
            header = f.readline().strip().split(",")
            for line in f:
                values = line.strip().split(",")
                if len(values) != len(header):
                    continue
                self.rows.append(dict(zip(header, values)))
        self.columns = columns or header[:-1]

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, i):
        row = self.rows[i]
        x = torch.tensor([float(row[c]) for c in self.columns], dtype=torch.float32)
        y = int(row.get("label", 0))
        return x, y
`;

const train: Block = (n, r) => `
def train_${n}(model, dataset, cfg, device="cuda"):
    loader = DataLoader(dataset, batch_size=cfg.batch_size, shuffle=True, num_workers=${r.int(0, 8)})
    optimizer = AdamW(model.parameters(), lr=cfg.lr, betas=(0.9, ${r.pick(['0.95', '0.999'])}), weight_decay=cfg.weight_decay)
    scheduler = CosineAnnealingLR(optimizer, T_max=cfg.epochs * len(loader))
    criterion = nn.CrossEntropyLoss(label_smoothing=${r.pick([0.0, 0.1])})
    model.to(device)
    history = []
    for epoch in range(cfg.epochs):
        model.train()
        total, seen = 0.0, 0
        for step, (x, y) in enumerate(loader):
            x, y = x.to(device), y.to(device)
            optimizer.zero_grad(set_to_none=True)
            logits = model(x)
            loss = criterion(logits, y)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=${r.pick(['1.0', '0.5'])})
            optimizer.step()
            scheduler.step()
            total += loss.item() * x.size(0)
            seen += x.size(0)
            if step % ${r.pick([50, 100, 200])} == 0:
                print(f"epoch {epoch} step {step}: loss {total / max(seen, 1):.4f}")
        history.append(total / max(seen, 1))
    return history
`;

const evaluate: Block = (n) => `
@torch.no_grad()
def evaluate_${n}(model, loader, device="cuda"):
    model.eval()
    correct, count, nll = 0, 0, 0.0
    for x, y in loader:
        x, y = x.to(device), y.to(device)
        logits = model(x)
        nll += F.cross_entropy(logits, y, reduction="sum").item()
        probs = logits.softmax(dim=-1)
        correct += (probs.argmax(dim=-1) == y).sum().item()
        count += y.numel()
    return {"accuracy": correct / max(count, 1), "nll": nll / max(count, 1), "ppl": math.exp(nll / max(count, 1))}
`;

const helpers: Block = (n, r) => `
def parse_args_${n}(argv):
    options = {"seed": ${r.int(0, 9999)}, "out": "runs/${n}", "verbose": False}
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--seed":
            options["seed"] = int(argv[i + 1])
            i += 2
        elif arg == "--out":
            options["out"] = argv[i + 1]
            i += 2
        elif arg in ("-v", "--verbose"):
            options["verbose"] = True
            i += 1
        else:
            raise SystemExit(f"unknown option {arg}")
    os.makedirs(options["out"], exist_ok=True)
    return options


def moving_average_${n}(values, window=${r.int(3, 50)}):
    out, acc = [], 0.0
    for i, v in enumerate(values):
        acc += v
        if i >= window:
            acc -= values[i - window]
        out.append(acc / min(i + 1, window))
    return out
`;

const sklearn: Block = (n, r) => `
def baseline_${n}(X, y):
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import train_test_split
    from sklearn.preprocessing import StandardScaler
    from sklearn.metrics import accuracy_score, f1_score

    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=${r.int(0, 99)})
    scaler = StandardScaler().fit(X_train)
    X_train, X_test = scaler.transform(X_train), scaler.transform(X_test)
    results = {}
    for name, clf in [
        ("logreg", LogisticRegression(C=${r.pick(['0.1', '1.0', '10.0'])}, max_iter=1000)),
        ("forest", RandomForestClassifier(n_estimators=${r.pick([100, 300, 500])}, max_depth=${r.int(4, 16)}, n_jobs=-1)),
    ]:
        clf.fit(X_train, y_train)
        pred = clf.predict(X_test)
        results[name] = (accuracy_score(y_test, pred), f1_score(y_test, pred, average="macro"))
    return results
`;

const keras: Block = (n, r) => `
def keras_model_${n}(num_classes=${r.int(2, 20)}):
    from tensorflow import keras
    from tensorflow.keras import layers

    model = keras.Sequential([
        layers.Input(shape=(${r.pick([28, 32, 64])}, ${r.pick([28, 32, 64])}, 3)),
        layers.Conv2D(32, 3, padding="same", activation="relu"),
        layers.BatchNormalization(),
        layers.MaxPooling2D(),
        layers.Conv2D(64, 3, padding="same"),
        layers.LayerNormalization(),
        layers.GlobalAveragePooling2D(),
        layers.Dropout(${r.pick([0.2, 0.3, 0.5])}),
        layers.Dense(num_classes, activation="softmax"),
    ])
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=${r.pick(['1e-3', '3e-4'])}),
        loss=keras.losses.SparseCategoricalCrossentropy(),
        metrics=["accuracy"],
    )
    return model
`;

const finetune: Block = (n, r) => `
def lora_finetune_${n}(model_name="${r.pick(['bert-base-uncased', 'gpt2', 'roberta-base'])}", steps=${r.int(100, 5000)}):
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, get_linear_schedule_with_warmup
    from peft import LoraConfig, get_peft_model

    tokenizer = AutoTokenizer.from_pretrained(model_name)
    model = AutoModelForSequenceClassification.from_pretrained(model_name, num_labels=2)
    config = LoraConfig(r=${r.pick([4, 8, 16])}, lora_alpha=${r.pick([16, 32])}, lora_dropout=0.05, target_modules=["query", "value"])
    model = get_peft_model(model, config)
    optimizer = torch.optim.AdamW(model.parameters(), lr=2e-4)
    scheduler = get_linear_schedule_with_warmup(optimizer, num_warmup_steps=steps // 10, num_training_steps=steps)
    batch = tokenizer(["a short example", "another one"], padding=True, return_tensors="pt")
    out = model(**batch, labels=torch.tensor([0, 1]))
    out.loss.backward()
    optimizer.step()
    scheduler.step()
    return model
`;

const BLOCKS: Block[] = [convNet, attention, mlp, config, dataset, train, evaluate, helpers, helpers, sklearn, keras, finetune];

/** About `lines` lines of Python (whole blocks, so slightly more), the same text for the same seed. */
export function generateMlSource(lines = 10_000, seed = 9): string {
  const next = rng(seed);
  const r: Picker = {
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
  };
  const parts: string[] = [`"""Generated for the ML Lens hover bench (bench/mlSource.ts, seed ${seed})."""\n`, IMPORTS];
  let count = parts.join('').split('\n').length;
  for (let n = 0; count < lines; n++) {
    // Every ~40 blocks a new "module" section repeats the imports, as concatenated files would.
    const block = n > 0 && n % 40 === 0 ? `\n${IMPORTS}` : r.pick(BLOCKS)(n, r);
    parts.push(block);
    count += block.split('\n').length - 1;
  }
  return parts.join('');
}
