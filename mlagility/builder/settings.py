"""What a build does (light to import: the job reads it before any worker starts)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class BuildSettings:
    """What a build does; every field is part of the build's name."""

    exporter: str = "dynamo"
    onnx_opset: Optional[int] = None
    optimize: bool = True
    optimization_level: str = "extended"
    fp16: bool = False

    @property
    def dtype(self) -> str:
        return "float16" if self.fp16 else "float32"

    def stages(self, stop_after: Optional[str] = None) -> list[str]:
        """The stages to run, in order, up to a stop point."""
        if stop_after == "export":
            return ["export"]
        return ["export"] + (["optimize"] if self.optimize else []) + (["fp16"] if self.fp16 else [])
