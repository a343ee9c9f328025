"""Train a small MLP classifier on synthetic data.

A compact, realistic PyTorch training script: an MLP with LayerNorm and GELU, cross-entropy on raw
logits, AdamW with a cosine schedule, gradient clipping and mixed precision. Open it with ML Lens
enabled and hover the layers, the loss and the optimizer.
"""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.optim import AdamW
from torch.optim.lr_scheduler import CosineAnnealingLR
from torch.utils.data import DataLoader, TensorDataset

IN_FEATURES = 32
HIDDEN = 128
NUM_CLASSES = 10
EPOCHS = 5


class MLP(nn.Module):
    """Two hidden layers, pre-activation LayerNorm, dropout for regularisation."""

    def __init__(self, in_features: int, hidden: int, num_classes: int, p_drop: float = 0.1):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden)
        self.norm1 = nn.LayerNorm(hidden)
        self.fc2 = nn.Linear(hidden, hidden)
        self.norm2 = nn.LayerNorm(hidden)
        self.act = nn.GELU()
        self.drop = nn.Dropout(p_drop)
        self.head = nn.Linear(hidden, num_classes)

    def forward(self, x):  # shape: (N, 32)
        x = self.drop(self.act(self.norm1(self.fc1(x))))
        x = self.drop(self.act(self.norm2(self.fc2(x))))
        return self.head(x)  # raw logits: CrossEntropyLoss applies log-softmax itself


def make_data(n: int = 2048):
    x = torch.randn(n, IN_FEATURES)
    w = torch.randn(IN_FEATURES, NUM_CLASSES)
    y = (x @ w).argmax(dim=1)
    return TensorDataset(x, y)


def main():
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model = MLP(IN_FEATURES, HIDDEN, NUM_CLASSES).to(device)
    loader = DataLoader(make_data(), batch_size=64, shuffle=True)

    criterion = nn.CrossEntropyLoss(label_smoothing=0.1)
    optimizer = AdamW(model.parameters(), lr=3e-4, betas=(0.9, 0.95), weight_decay=0.05)
    scheduler = CosineAnnealingLR(optimizer, T_max=EPOCHS * len(loader))
    scaler = torch.cuda.amp.GradScaler(enabled=device == "cuda")

    for epoch in range(EPOCHS):
        model.train()
        total = 0.0
        for x, y in loader:
            x, y = x.to(device), y.to(device)
            optimizer.zero_grad(set_to_none=True)
            with torch.autocast(device_type=device, enabled=device == "cuda"):
                logits = model(x)
                loss = criterion(logits, y)
            scaler.scale(loss).backward()
            scaler.unscale_(optimizer)
            nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
            scaler.step(optimizer)
            scaler.update()
            scheduler.step()
            total += loss.item()

        model.eval()
        with torch.no_grad():
            x, y = loader.dataset.tensors
            probs = F.softmax(model(x.to(device)), dim=-1)
            acc = (probs.argmax(dim=-1).cpu() == y).float().mean().item()
        print(f"epoch {epoch}: loss {total / len(loader):.4f}  acc {acc:.3f}  ppl-like {math.exp(total / len(loader)):.2f}")


if __name__ == "__main__":
    main()
