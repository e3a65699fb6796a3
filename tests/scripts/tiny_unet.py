# labels: name::tiny_unet author::huggingface
"""A two-block diffusers UNet2DModel (8 and 16 channels, one attention block): a diffusion UNet's
graph, which onnxruntime's fusions treat as the unet model type, at a test's cost."""
import torch
from diffusers import UNet2DModel

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = UNet2DModel(sample_size=height, in_channels=num_channels, out_channels=num_channels, layers_per_block=1,
                    block_out_channels=(8, 16), norm_num_groups=8,
                    down_block_types=("DownBlock2D", "AttnDownBlock2D"), up_block_types=("AttnUpBlock2D", "UpBlock2D"))
inputs = {"sample": torch.rand(batch_size, num_channels, height, width), "timestep": torch.tensor([10])}

model(**inputs)
