"""Discovery: find every model a script calls, without the script knowing.

While a script runs, ``torch.nn.Module.__call__`` is wrapped. Each call of a module that has
parameters, made at top level (depth 0: not from inside another module's forward) or down to
``max_depth``, becomes an *invocation* the first time it is seen with a given set of input
shapes and dtypes. Two kinds of call are not invocations: those made while a module is being
built (``__init__`` checking a layer, or a parametrization evaluating its weight on
registration), and calls of a ``ParametrizationList`` (a weight computed from its parametrized
form, as weight_norm does). ``torch.nn.Module.__init__`` is wrapped too, to remember the script line
that built each module.

An invocation's inputs are frozen when it is first called, before its forward runs: a deep copy
(:func:`mlagility.invocation.frozen_copy`), since a model may change what it is passed (generate
appends to the cache it hands the model at every step). Later calls of a known invocation are
only counted. A script's invocations past ``max_invocations`` are counted too, and neither frozen
nor measured.

A language model's calls say which step of generation they are (prefill or decode, see
:mod:`mlagility.analysis.generation`), and a script's call of transformers' ``generate`` is an
invocation too (phase generate), whose inputs are generate's: ``GenerationMixin.generate`` is
wrapped once transformers is loaded, which it is before any of its models is built.
"""

from __future__ import annotations

import functools
import hashlib
import sys
import weakref
from pathlib import Path
from typing import Any, Callable, Optional

import torch
from torch.nn.utils.parametrize import ParametrizationList
from torch.utils._pytree import tree_flatten, tree_map

from mlagility.analysis.generation import TokenStep, prompt_of, token_step
from mlagility.common.hashing import digest
from mlagility.invocation import Invocation, Phase, frozen_copy, reachable


def model_hash(model: torch.nn.Module) -> str:
    """A stable hash of the architecture: class, module tree and parameter shapes/dtypes."""
    tensors = [(name, tuple(t.shape), str(t.dtype)) for name, t in model.state_dict(keep_vars=True).items()]
    cls = type(model)
    return digest(cls.__module__, cls.__qualname__, repr(model), tensors)[:8]


def input_signature(args: tuple, kwargs: dict) -> tuple[str, str, str]:
    """(shapes, dtypes, signature) of a call's inputs; the signature also covers non-tensor values."""
    shapes, dtypes, signature = [], [], []
    for path, leaf in _named_leaves(args, kwargs):
        if isinstance(leaf, torch.Tensor):
            shapes.append(f"{path}:{list(leaf.shape)}")
            dtypes.append(f"{path}:{str(leaf.dtype).removeprefix('torch.')}")
            signature.append((path, tuple(leaf.shape), str(leaf.dtype)))
        else:
            signature.append((path, type(leaf).__name__, repr(leaf)[:64]))
    return ", ".join(shapes), ", ".join(dtypes), digest(signature)


def _named_leaves(args: tuple, kwargs: dict) -> list[tuple[str, Any]]:
    named = []
    for prefix, value in [(f"arg{i}", a) for i, a in enumerate(args)] + list(kwargs.items()):
        leaves, _ = tree_flatten(value)
        if len(leaves) == 1 and leaves[0] is value:
            named.append((prefix, value))
        else:
            named.extend((f"{prefix}.{i}", leaf) for i, leaf in enumerate(leaves))
    return named


def _detached_copy(value: Any) -> Any:
    return value.detach().clone() if isinstance(value, torch.Tensor) else value


def unsigned_tensors(args: tuple, kwargs: dict) -> list[tuple[tuple[int, ...], str]]:
    """(shape, dtype) of each input tensor that :func:`input_signature` does not see: one held by
    an object that is no pytree node (a transformers cache, a dataclass). Which invocation a call
    belongs to does not depend on them (each decode step of generate is one invocation, its cache
    a token longer each time), but the state an invocation froze does, and so does its hash."""
    signed = {id(leaf) for _, leaf in _named_leaves(args, kwargs)}
    return [(tuple(item.shape), str(item.dtype)) for item in reachable((args, kwargs))
            if isinstance(item, torch.Tensor) and id(item) not in signed]


class Discovery:
    """Context manager that records the invocations of the script running inside it."""

    def __init__(self, script: str | Path, max_depth: int = 0,
                 on_invocation: Optional[Callable[[Invocation], None]] = None,
                 max_invocations: Optional[int] = None):
        self.script = str(Path(script).resolve())
        self.max_depth = max_depth
        # None: no cap. Past it, an invocation is counted in ``skipped`` (with its calls), no more.
        self.max_invocations = max_invocations
        self.skipped: dict[tuple[int, str], int] = {}
        # Told of each new invocation at once, while the script still runs (it may yet crash).
        self.on_invocation = on_invocation
        self.invocations: list[Invocation] = []
        self._by_key: dict[tuple[int, str], Invocation] = {}
        self._built_at: weakref.WeakKeyDictionary[torch.nn.Module, str] = weakref.WeakKeyDictionary()
        self._stack: list[torch.nn.Module] = []
        self._original_call = None
        self._original_init = None
        self._generation_mixin = None  # transformers' GenerationMixin once its generate is wrapped
        self._original_generate = None

    # -- patching -------------------------------------------------------------------------
    def __enter__(self) -> "Discovery":
        discovery = self
        original_call = self._original_call = torch.nn.Module.__call__
        original_init = self._original_init = torch.nn.Module.__init__

        def __call__(module, *args, **kwargs):
            depth = len(discovery._stack)
            if depth <= discovery.max_depth:
                discovery._capture(module, args, kwargs, depth)
            discovery._stack.append(module)
            try:
                return original_call(module, *args, **kwargs)
            finally:
                discovery._stack.pop()

        def __init__(module, *args, **kwargs):
            discovery._wrap_generate()
            original_init(module, *args, **kwargs)
            discovery._built_at.setdefault(module, discovery._script_location())

        torch.nn.Module.__call__ = __call__
        torch.nn.Module.__init__ = __init__
        self._wrap_generate()
        return self

    def __exit__(self, *exc_info) -> None:
        torch.nn.Module.__call__ = self._original_call
        torch.nn.Module.__init__ = self._original_init
        if self._generation_mixin is not None:
            self._generation_mixin.generate = self._original_generate

    def _wrap_generate(self) -> None:
        """Wrap transformers' GenerationMixin.generate, once transformers is loaded (a module's
        construction asks: a generating model is built before it generates)."""
        utils = sys.modules.get("transformers.generation.utils")
        if self._generation_mixin is not None or utils is None:
            return
        discovery = self
        mixin = self._generation_mixin = utils.GenerationMixin
        original_generate = self._original_generate = mixin.generate

        @functools.wraps(original_generate)
        def generate(model, *args, **kwargs):
            if discovery._stack:  # a model generating inside another's forward is part of that one
                return original_generate(model, *args, **kwargs)
            invocation = discovery._capture(model, args, kwargs, 0, generate=True)
            output = original_generate(model, *args, **kwargs)
            prompt = prompt_of(args, kwargs)
            sequences = getattr(output, "sequences", output)
            if invocation is not None and prompt is not None and isinstance(sequences, torch.Tensor):
                invocation.new_tokens = int(sequences.shape[0]) * (int(sequences.shape[-1]) - int(prompt.shape[-1]))
            return output

        mixin.generate = generate

    @property
    def skipped_calls(self) -> int:
        """Calls of the invocations past ``max_invocations``."""
        return sum(self.skipped.values())

    # -- capture --------------------------------------------------------------------------
    def _script_frames(self):
        """Frames of the script on the current stack, outermost first."""
        frames, frame = [], sys._getframe(2)
        while frame is not None:
            if frame.f_code.co_filename == self.script:
                frames.append(frame)
            frame = frame.f_back
        return reversed(frames)

    def _script_location(self) -> str:
        """``script.py:LINE`` of the outermost script frame: the script line that built the model."""
        for frame in self._script_frames():
            return f"{Path(self.script).name}:{frame.f_lineno}"
        return ""

    def _variable_name(self, module: torch.nn.Module, depth: int) -> str:
        if depth > 0:
            parent = self._stack[depth - 1]
            parent_name = self._variable_name(parent, depth - 1) if depth > 1 else self._script_variable(parent)
            for name, child in parent.named_modules():
                if child is module and name:
                    return f"{parent_name}.{name}"
            return f"{parent_name}.?"
        return self._script_variable(module)

    def _script_variable(self, module: torch.nn.Module) -> str:
        """The name the script gave the model, looked up from its outermost frame inwards."""
        for frame in self._script_frames():
            for name, value in frame.f_locals.items():
                if value is module and name != "self" and not name.startswith("_"):
                    return name
        return type(module).__name__

    @staticmethod
    def _token_step(module: torch.nn.Module, args: tuple, kwargs: dict) -> Optional[TokenStep]:
        """The call's step of generation; None when it is none, or when reading it fails: a
        model whose inputs discovery cannot read is still called as the script called it."""
        try:
            return token_step(module, args, kwargs)
        except Exception:
            return None

    @staticmethod
    def _under_construction() -> bool:
        """Whether a module's ``__init__`` is on the stack (the call is part of building it)."""
        frame = sys._getframe(3)  # past this function, _capture and the __call__ wrapper
        while frame is not None:
            if frame.f_code.co_name == "__init__" and isinstance(frame.f_locals.get("self"), torch.nn.Module):
                return True
            frame = frame.f_back
        return False

    def _capture(self, module: torch.nn.Module, args: tuple, kwargs: dict, depth: int,
                 generate: bool = False) -> Optional[Invocation]:
        """The invocation this call (of the module, or of its generate) makes or adds a call to;
        None when it is none (no parameters, under construction, past max_invocations)."""
        if isinstance(module, ParametrizationList):
            return None
        shapes, dtypes, signature = input_signature(args, kwargs)
        # A language model's prompt and its steps may pass the same shapes (a one-token prompt):
        # the phase tells them apart, as the cache they were passed does.
        step = None if generate else self._token_step(module, args, kwargs)
        phase = Phase.GENERATE if generate else step.phase if step else None
        if phase is not None:
            signature = digest(phase.value, signature)
        key = (id(module), signature)
        known = self._by_key.get(key)
        if known is not None:
            known.call_count += 1
            return known
        if key in self.skipped:
            self.skipped[key] += 1
            return None
        params = sum(p.numel() for p in module.parameters())
        if params == 0 or self._under_construction():
            return None
        if self.max_invocations is not None and len(self.invocations) >= self.max_invocations:
            self.skipped[key] = 1
            return None
        try:
            (args, kwargs), unfrozen = frozen_copy((args, kwargs)), ""
        except Exception as error:  # an input deepcopy refuses (a generator, a lock): kept as passed
            args, kwargs = tree_map(_detached_copy, args), tree_map(_detached_copy, kwargs)
            unfrozen = f"{type(error).__name__}: {error}"
        architecture = model_hash(module)
        cls = type(module)
        variable = self._variable_name(module, depth)
        if generate:
            prompt = prompt_of(args, kwargs)
            steps = {"phase": Phase.GENERATE.value,
                     "context_length": None if prompt is None else int(prompt.shape[-1])}
            variable = f"{variable}.generate"
        else:
            steps = {} if step is None else {"phase": step.phase.value, "context_length": step.context_length,
                                             "new_tokens": step.new_tokens}
        invocation = Invocation(
            model=module,
            args=args,
            kwargs=kwargs,
            variable=variable,
            model_class=f"{cls.__module__}.{cls.__qualname__}",
            built_at=self._built_at.get(module, ""),
            params=params,
            model_hash=architecture,
            invocation_hash=digest(architecture, signature, *unsigned_tensors(args, kwargs))[:8],
            input_shapes=shapes,
            input_dtypes=dtypes,
            depth=depth,
            unfrozen=unfrozen,
            **steps,
        )
        self._by_key[key] = invocation
        self.invocations.append(invocation)
        if self.on_invocation is not None:
            self.on_invocation(invocation)
        return invocation


def onnx_invocation(path: Path, batch_size: int = 1) -> Invocation:
    """An ONNX file as an invocation: random inputs shaped from its graph (a symbolic first
    dimension takes ``batch_size``, any other symbolic one 1), its file hash as the model hash."""
    import numpy as np
    import onnx
    from onnx.helper import tensor_dtype_to_np_dtype

    proto = onnx.load(str(path), load_external_data=False)
    initializers = {init.name for init in proto.graph.initializer}
    generator = torch.Generator().manual_seed(0)
    inputs = {}
    for value in proto.graph.input:
        if value.name in initializers:
            continue
        tensor_type = value.type.tensor_type
        dims = [d.dim_value if d.dim_value > 0 else (batch_size if i == 0 else 1)
                for i, d in enumerate(tensor_type.shape.dim)]
        dtype = torch.from_numpy(np.zeros(0, dtype=tensor_dtype_to_np_dtype(tensor_type.elem_type))).dtype
        if dtype.is_floating_point:
            inputs[value.name] = torch.rand(dims, generator=generator).to(dtype)
        else:
            inputs[value.name] = torch.zeros(dims, dtype=dtype)  # ids and masks: 0 is always valid
    shapes, dtypes, signature = input_signature((), inputs)
    file_hash = hashlib.sha256(path.read_bytes()).hexdigest()[:8]
    return Invocation(
        model=None,
        args=(),
        kwargs=inputs,
        variable=path.name,
        model_class="onnx",
        built_at=path.name,
        params=sum(int(np.prod(init.dims)) for init in proto.graph.initializer),
        model_hash=file_hash,
        invocation_hash=digest(file_hash, signature)[:8],
        input_shapes=shapes,
        input_dtypes=dtypes,
        extra={"onnx_path": str(path.resolve())},
    )
