"""torch-compiled: torch.compile (inductor by default). prepare() compiles with one call, so the
compile time is reported apart from steady-state latency. A generate invocation compiles the
model's forward, and generate calls it for every step (dynamo recompiles once the cache grows,
for any length, during that first call)."""

from __future__ import annotations

from typing import Optional

import torch

from mlagility.invocation import Invocation
from mlagility.runtimes.base import CompileFailed, Runtime, Session, set_torch_threads
from mlagility.runtimes.torch_eager import Generating, TorchSession, torch_device


class CompiledSession(TorchSession):
    """A torch.compile'd module: closing it also drops dynamo's compiled graphs and guards."""

    def close(self) -> None:
        super().close()
        torch._dynamo.reset()


class TorchCompiled(Runtime):
    name = "torch-compiled"

    def prepare(self, invocation: Invocation, model_path: Optional[str]) -> Session:
        threads = set_torch_threads(self.options.num_threads)
        model = invocation.model.eval().to(torch_device(self.device))
        torch._dynamo.reset()
        mode = None if self.options.mode == "default" else self.options.mode
        session = None
        try:
            if invocation.generates:
                compiled = Generating(model, torch.compile(model.forward, mode=mode, backend=self.options.backend))
            else:
                compiled = torch.compile(model, mode=mode, backend=self.options.backend)
            session = CompiledSession(compiled, invocation, self.device, threads)
            with torch.inference_mode():
                session.run()  # compiles
            if session.sync:
                session.sync()
            session.restore_inputs()  # the compiling call may have changed them
        except Exception as error:
            if session is not None:
                session.close()
            raise CompileFailed(str(error)) from error
        return session
