# labels: name::convformer_s36 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
convformer_s36: MetaFormer (PoolFormer, ConvFormer, CAFormer), built by timm with random weights.

Source: https://huggingface.co/timm/convformer_s36.sail_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("convformer_s36", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
