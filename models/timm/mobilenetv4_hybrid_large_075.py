# labels: name::mobilenetv4_hybrid_large_075 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
mobilenetv4_hybrid_large_075: MobileNetV3-family network (MobileNetV3, MobileNetV4, LCNet, FBNetV3), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/mobilenetv3.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("mobilenetv4_hybrid_large_075", pretrained=False)
# A batch norm sees one value per channel at batch size 1 (a 1x1 map or a pooled vector), which training mode rejects.
model.eval()
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
