"""Language-model steps: which call of a generating model reads a prompt (prefill) and which
adds tokens to a cache (decode), read from the inputs the call was given.

A model "generates" when transformers says it can (``model.can_generate()``) and it is a decoder
only: the corpora's causal language models. Its call's tokens are its ``input_ids`` (or
``inputs_embeds``), ``[batch, tokens]``; its cache is the ``cache`` it was passed (transformers 5;
``past_key_values`` before it): a transformers Cache, or the legacy tuple of key/value tensors
``[batch, heads, positions, size]``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

import torch

from mlagility.invocation import Phase, bound_inputs

TOKEN_INPUTS = ("input_ids", "inputs_embeds")
CACHE_INPUTS = ("cache", "past_key_values")
# A recurrent model's state passed beside its tokens (RWKV's): a decode step when there is one.
STATE_INPUTS = ("state",)


@dataclass(frozen=True)
class TokenStep:
    """One call of a generating model: its phase, the tokens it attends over (the prompt's for a
    prefill, the cache's for a decode step) and the tokens it adds, batch included."""

    phase: Phase
    context_length: Optional[int]  # None: a recurrent state's, which has no length
    new_tokens: int


def generates(model: torch.nn.Module) -> bool:
    """Whether ``model`` is a decoder-only language model that transformers can generate with."""
    can_generate = getattr(model, "can_generate", None)
    config = getattr(model, "config", None)
    try:
        return bool(callable(can_generate) and can_generate()
                    and not getattr(config, "is_encoder_decoder", False))
    except Exception:  # a can_generate of another library's, with other arguments
        return False


def cache_length(cache: Any) -> Optional[int]:
    """Positions held by a cache: a transformers Cache's own count, or the legacy tuple's first
    key's ``positions`` dimension; 0 for no cache or an empty one. None for a recurrent model's
    cache (Mamba's) that holds a state: it has no positions to count."""
    if cache is None:
        return 0
    if callable(getattr(cache, "get_seq_length", None)):
        try:
            return int(cache.get_seq_length())
        except ValueError:  # "can only be called on Attention layers": a recurrent state
            previous = getattr(cache, "has_previous_state", False)
            return None if (previous() if callable(previous) else previous) else 0
    if isinstance(cache, (tuple, list)):
        for layer in cache:
            if isinstance(layer, (tuple, list)) and layer and isinstance(layer[0], torch.Tensor):
                return int(layer[0].shape[-2])
    return 0


def token_step(model: torch.nn.Module, args: tuple, kwargs: dict) -> Optional[TokenStep]:
    """The step a call of a generating model is (None for any other model or call): a decode step
    when the cache it is passed holds tokens, else a prefill of its prompt."""
    if not generates(model):
        return None
    inputs = bound_inputs(model, args, kwargs) or {}
    tokens = next((inputs[name] for name in TOKEN_INPUTS
                   if isinstance(inputs.get(name), torch.Tensor) and inputs[name].dim() >= 2), None)
    if tokens is None:
        return None
    batch, length = int(tokens.shape[0]), int(tokens.shape[1])
    cached = [cache_length(inputs.get(name)) for name in CACHE_INPUTS]
    if None in cached or any(inputs.get(name) is not None for name in STATE_INPUTS):
        return TokenStep(Phase.DECODE, None, batch * length)
    if max(cached):
        return TokenStep(Phase.DECODE, max(cached), batch * length)
    return TokenStep(Phase.PREFILL, length, batch * length)


def prompt_of(args: tuple, kwargs: dict) -> Optional[torch.Tensor]:
    """The prompt a generate call was given (``input_ids``, ``inputs`` or its first argument)."""
    for value in (kwargs.get("input_ids"), kwargs.get("inputs"), args[0] if args else None):
        if isinstance(value, torch.Tensor) and value.dim() >= 2:
            return value
    return None


# The config keys that bound a language model's positions, by the families that use them.
POSITION_LIMITS = ("max_position_embeddings", "n_positions", "n_ctx", "max_sequence_length")


def position_limit(model: torch.nn.Module) -> Optional[tuple[int, str]]:
    """(positions, config key) a language model's config bounds its sequences by; None when it
    names none."""
    config = getattr(model, "config", None)
    for key in POSITION_LIMITS:
        value = getattr(config, key, None)
        if isinstance(value, int) and value > 0:
            return value, key
    return None


def positions_hint(models: list[torch.nn.Module], parameters: dict[str, Any]) -> str:
    """Why a generating script may have failed: ``max_seq_length + max_new_tokens`` past the
    positions one of its language models takes ("" when none is)."""
    needed = parameters.get("max_seq_length", 0) + parameters.get("max_new_tokens", 0)
    for model in models:
        limit = position_limit(model) if generates(model) else None
        if limit is not None and needed > limit[0]:
            return (f"max_seq_length + max_new_tokens = {needed} is more than the {limit[0]} positions "
                    f"{type(model).__name__} takes (config.{limit[1]}): lower them")
    return ""
