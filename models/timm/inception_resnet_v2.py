# labels: name::inception_resnet_v2 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
inception_resnet_v2: Inception-ResNet-v2, built by timm with random weights.

Source: https://huggingface.co/timm/inception_resnet_v2.tf_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("inception_resnet_v2", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
