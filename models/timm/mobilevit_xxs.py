# labels: name::mobilevit_xxs author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
mobilevit_xxs: MobileViT (mobile vision transformer), built by timm with random weights.

Source: https://huggingface.co/timm/mobilevit_xxs.cvnets_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("mobilevit_xxs", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
