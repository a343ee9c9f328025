"""Generate small images from captions: a text-conditioned diffusion denoiser, fine-tuned with LoRA.

A compact training script whose attention layers, LoRA settings and noise schedule are the ones ML Lens
walkthroughs start from: a CLIP-style causal text encoder (F.scaled_dot_product_attention with is_causal=True),
a denoiser whose image patches attend to each other and to the caption (nn.MultiheadAttention), the cosine
noise schedule of improved DDPM (DDPMScheduler, squaredcos_cap_v2), and LoRA adapters on the text encoder's
query and value projections. Click a CodeLens (or "Open walkthrough" in a hover) to see the panel computed
with your own numbers.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F
from diffusers import DDPMScheduler
from peft import LoraConfig, get_peft_model

IMAGE_SIZE = 16
PATCH = 4
VOCAB = 1000
EMBED_DIM = 64
NUM_HEADS = 4
TIMESTEPS = 1000


class CausalTextEncoder(nn.Module):
    """One CLIP-style text block: each token attends to itself and the tokens before it."""

    def __init__(self, vocab: int = VOCAB, embed_dim: int = EMBED_DIM, num_heads: int = NUM_HEADS, max_len: int = 32):
        super().__init__()
        self.num_heads = num_heads
        self.tokens = nn.Embedding(vocab, embed_dim)
        self.positions = nn.Parameter(torch.zeros(max_len, embed_dim))
        self.q_proj = nn.Linear(embed_dim, embed_dim)
        self.k_proj = nn.Linear(embed_dim, embed_dim)
        self.v_proj = nn.Linear(embed_dim, embed_dim)
        self.out_proj = nn.Linear(embed_dim, embed_dim)
        self.norm = nn.LayerNorm(embed_dim)

    def split_heads(self, x):  # (N, L, E) -> (N, heads, L, E / heads)
        n, length, e = x.shape
        return x.view(n, length, self.num_heads, e // self.num_heads).transpose(1, 2)

    def forward(self, ids):  # ids: (N, L) token ids
        x = self.tokens(ids) + self.positions[: ids.shape[1]]
        q, k, v = self.split_heads(self.q_proj(x)), self.split_heads(self.k_proj(x)), self.split_heads(self.v_proj(x))
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        y = y.transpose(1, 2).reshape(x.shape)
        return self.norm(x + self.out_proj(y))


class PatchDenoiser(nn.Module):
    """Predicts the noise in an image from its patches, the diffusion step and the caption."""

    def __init__(self, embed_dim: int = EMBED_DIM, num_heads: int = NUM_HEADS):
        super().__init__()
        self.patchify = nn.Conv2d(1, embed_dim, kernel_size=PATCH, stride=PATCH)
        self.step = nn.Embedding(TIMESTEPS, embed_dim)
        self.self_attn = nn.MultiheadAttention(embed_dim=64, num_heads=4, batch_first=True)
        self.cross_attn = nn.MultiheadAttention(embed_dim, num_heads, batch_first=True)
        self.norm1 = nn.LayerNorm(embed_dim)
        self.norm2 = nn.LayerNorm(embed_dim)
        self.unpatchify = nn.ConvTranspose2d(embed_dim, 1, kernel_size=PATCH, stride=PATCH)

    def forward(self, noisy, t, text):  # noisy: (N, 1, H, W), t: (N,), text: (N, L, E)
        x = self.patchify(noisy)  # (N, E, H/4, W/4)
        n, e, h, w = x.shape
        x = x.flatten(2).transpose(1, 2) + self.step(t)[:, None]  # (N, patches, E)
        x = self.norm1(x + self.self_attn(x, x, x, need_weights=False)[0])
        x = self.norm2(x + self.cross_attn(x, text, text, need_weights=False)[0])
        return self.unpatchify(x.transpose(1, 2).reshape(n, e, h, w))


def train(images, captions, epochs: int = 1):
    text_encoder = CausalTextEncoder()
    lora = LoraConfig(r=8, lora_alpha=16, target_modules=["q_proj", "v_proj"], lora_dropout=0.05)
    text_encoder = get_peft_model(text_encoder, lora)  # only the adapters of q_proj and v_proj train
    denoiser = PatchDenoiser()
    scheduler = DDPMScheduler(num_train_timesteps=1000, beta_schedule="squaredcos_cap_v2")
    params = [p for p in text_encoder.parameters() if p.requires_grad] + list(denoiser.parameters())
    optimizer = torch.optim.AdamW(params, lr=1e-4)

    for epoch in range(epochs):
        for x0, ids in zip(images.split(16), captions.split(16)):
            noise = torch.randn_like(x0)
            t = torch.randint(0, scheduler.config.num_train_timesteps, (x0.shape[0],))
            noisy = scheduler.add_noise(x0, noise, t)  # closed form: sqrt(abar_t) x0 + sqrt(1 - abar_t) noise
            loss = F.mse_loss(denoiser(noisy, t, text_encoder(ids)), noise)  # predict the noise
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        print(f"epoch {epoch}: loss {loss.item():.4f}")


if __name__ == "__main__":
    images = torch.rand(64, 1, IMAGE_SIZE, IMAGE_SIZE) * 2 - 1  # scaled to [-1, 1] like DDPM's data
    captions = torch.randint(0, VOCAB, (64, 8))
    train(images, captions)
