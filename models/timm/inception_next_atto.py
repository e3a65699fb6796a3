# labels: name::inception_next_atto author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
inception_next_atto: InceptionNeXt (ConvNeXt with Inception depthwise convolutions), built by timm with random weights.

Source: https://huggingface.co/timm/inception_next_atto.sail_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("inception_next_atto", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
