# labels: name::pp_doclayout_v3 author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
PPDocLayoutV3 image model, built from transformers.PPDocLayoutV3Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/pp_doclayout_v3
"""
import torch
from transformers import PPDocLayoutV3Config, PPDocLayoutV3Model

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = PPDocLayoutV3Config()
model = PPDocLayoutV3Model(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.backbone_config.num_channels, height, width),
}

model(**inputs)
