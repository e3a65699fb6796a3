"""What a build does (light to import: the job reads it before any worker starts)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from mlagility import records
from mlagility.choices import Exporter, OptimizationLevel, Quantize, StopAfter


@dataclass(frozen=True)
class Stage:
    """A build stage: what the progress line and the log say while it runs, and the record's
    status when it fails."""

    name: str
    activity: str
    failure: str


# Every stage, in the order a build runs them. Quantization comes before onnxruntime's offline
# optimizations: at the extended and all levels they write operators of its own (a layout for the
# CPU's convolutions, fused attention) that the quantizer does not know and would leave in float.
STAGES = {stage.name: stage for stage in [
    Stage("export", "exporting", records.EXPORT_ERROR),
    Stage("fusions", "fusing", records.FUSIONS_ERROR),
    Stage("quantize", "quantizing", records.QUANTIZE_ERROR),
    Stage("optimize", "optimizing", records.OPTIMIZE_ERROR),
    Stage("fp16", "converting to fp16", records.FP16_ERROR),
]}


@dataclass(frozen=True)
class BuildSettings:
    """What a build does; every field is part of the build's name. Made by the job from the
    config (build.* and the device's optimization_level and fp16), whose defaults are the only ones."""

    exporter: Exporter
    onnx_opset: Optional[int]
    optimize: bool
    optimization_level: OptimizationLevel
    fp16: bool
    fusions: bool = False
    quantize: Quantize = Quantize.none

    @property
    def dtype(self) -> str:
        return "float16" if self.fp16 else "float32"

    @property
    def variant(self) -> str:
        """The build variant's name: ``fp32``, ``fp16``, ``fused``, ``int8_dynamic``, ``fused+int8_static``, ..."""
        parts = ["fused"] * self.fusions + [str(self.quantize)] * (self.quantize is not Quantize.none)
        return "+".join(parts + ["fp16"] * self.fp16) or "fp32"

    @property
    def exported(self) -> BuildSettings:
        """The settings of this build's export alone: the build every variant of an invocation
        starts from (the fields the export does not read take their defaults, so all share its name)."""
        return BuildSettings(self.exporter, self.onnx_opset, optimize=False,
                             optimization_level=OptimizationLevel.extended, fp16=False)

    def stages(self, stop_after: Optional[StopAfter] = None) -> list[str]:
        """The stages to run, in order, up to a stop point."""
        built = stop_after is not StopAfter.export
        runs = {"export": True, "fusions": self.fusions and built, "quantize": self.quantize is not Quantize.none and built,
                "optimize": self.optimize and built, "fp16": self.fp16 and built}
        return [name for name in STAGES if runs[name]]
