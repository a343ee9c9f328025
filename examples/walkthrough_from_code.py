"""Count objects in small images with a CNN regressor.

A compact training script whose layers and hyperparameters are the ones ML Lens walkthroughs start from:
a ResNet-style 7×7 stride-2 stem, GroupNorm (robust to the small batches this uses), LeakyReLU, a Huber
loss that is gentle with the occasional badly labelled count, and Adam with a lower β₂ for noisy gradients.
Click a CodeLens (or "Open walkthrough" in a hover) to see the panel computed with your own numbers.
"""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH_SIZE = 8
EPOCHS = 3


class CountRegressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(3, 64, 7, 2, 3)  # ResNet stem: 7×7, stride 2, padding 3
        self.reduce = nn.Conv2d(64, 32, kernel_size=1)
        self.norm = nn.GroupNorm(4, 32)
        self.act = nn.LeakyReLU(0.2)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.head = nn.Linear(32, 1)

    def forward(self, x):  # x: (N, 3, H, W)
        x = self.act(self.norm(self.reduce(self.stem(x))))
        return self.head(torch.flatten(self.pool(x), 1)).squeeze(1)


def make_data(n: int = 256, size: int = 32):
    images = torch.rand(n, 3, size, size)
    counts = (images[:, 0] > 0.95).float().sum(dim=(1, 2))  # bright red pixels stand in for objects
    return TensorDataset(images, counts)


def main():
    model = CountRegressor()
    loader = DataLoader(make_data(), batch_size=BATCH_SIZE, shuffle=True)
    criterion = nn.HuberLoss(delta=0.5)
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-4, betas=(0.9, 0.95))

    for epoch in range(EPOCHS):
        total = 0.0
        for images, counts in loader:
            optimizer.zero_grad()
            loss = criterion(model(images), counts)
            loss.backward()
            optimizer.step()
            total += loss.item()
        print(f"epoch {epoch}: Huber loss {total / len(loader):.4f}")


if __name__ == "__main__":
    main()
