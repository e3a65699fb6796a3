# labels: name::rdnet_large author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
rdnet_large: RDNet (revitalized DenseNet), built by timm with random weights.

Source: https://huggingface.co/naver-ai/rdnet_large.nv_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("rdnet_large", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
