"""Content hashes shared by discovery and the build cache."""

from __future__ import annotations

import hashlib

import torch


def digest(*parts: object) -> str:
    """sha256 hex digest of the parts' string forms."""
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()


# Elements read per tensor by the weights fingerprint.
FINGERPRINT_SAMPLES = 4096


def weights_fingerprint(model: torch.nn.Module) -> str:
    """A hash of the weights that reads at most FINGERPRINT_SAMPLES evenly spaced elements of
    each tensor, plus its sum: it tells two weight sets apart without hashing gigabytes."""
    hasher = hashlib.sha256()
    with torch.no_grad():
        for name, tensor in model.state_dict().items():
            flat = tensor.detach().reshape(-1)
            step = max(1, flat.numel() // FINGERPRINT_SAMPLES)
            sample = flat[::step].to("cpu")
            hasher.update(name.encode())
            hasher.update(str((tuple(tensor.shape), tensor.dtype)).encode())
            if sample.is_floating_point() or sample.is_complex():
                hasher.update(sample.to(torch.float64).numpy().tobytes())
                hasher.update(repr(float(flat.double().sum())).encode())
            else:
                hasher.update(sample.to(torch.int64).numpy().tobytes())
    return hasher.hexdigest()
