"""What a build does (light to import: the job reads it before any worker starts)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class BuildSettings:
    """What a build does; every field is part of the build's name. Made by the job from the
    config (build.* and the device's optimization_level and fp16), whose defaults are the only ones."""

    exporter: str
    onnx_opset: Optional[int]
    optimize: bool
    optimization_level: str
    fp16: bool

    @property
    def dtype(self) -> str:
        return "float16" if self.fp16 else "float32"

    def stages(self, stop_after: Optional[str] = None) -> list[str]:
        """The stages to run, in order, up to a stop point."""
        if stop_after == "export":
            return ["export"]
        return ["export"] + (["optimize"] if self.optimize else []) + (["fp16"] if self.fp16 else [])
