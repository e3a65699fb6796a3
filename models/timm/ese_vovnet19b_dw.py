# labels: name::ese_vovnet19b_dw author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
ese_vovnet19b_dw: VoVNet (one-shot aggregation network), built by timm with random weights.

Source: https://huggingface.co/timm/ese_vovnet19b_dw.ra_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("ese_vovnet19b_dw", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
