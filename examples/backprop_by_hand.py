"""Check the matmul gradients from the notes against autograd.

For Out = A @ B:  dA = G @ B.T  and  dB = A.T @ G,  where G = dL/dOut.
Run "ML Lens: Open Walkthrough…" → "MatMul backward" to see each entry computed step by step.
"""
import torch

A = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)  # 2×3
B = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], requires_grad=True)  # 3×2

out = torch.matmul(A, B)  # 2×2
G = torch.ones_like(out)  # upstream gradient of L = out.sum()
out.backward(G)

assert torch.allclose(A.grad, G @ B.T)  # [[3, 7, 11], [3, 7, 11]]
assert torch.allclose(B.grad, A.T @ G)  # [[5, 5], [7, 7], [9, 9]]
print(A.grad, B.grad, sep="\n")
