# labels: name::decorated_forward test_group::fixture
"""A model whose forward is wrapped the way transformers 5 wraps its models' (a decorator that
passes ``use_cache`` by keyword) and that takes more keyword arguments (``**kwargs``)."""
import functools

import torch

from mlagility.parser import parse


def fills_use_cache(forward):
    @functools.wraps(forward)
    def wrapper(self, *args, **kwargs):
        kwargs.setdefault("use_cache", False)
        return forward(self, *args, **kwargs)
    return wrapper


class Decorated(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = torch.nn.Linear(8, 8)

    @fills_use_cache
    def forward(self, input_ids, attention_mask=None, position_ids=None, use_cache=None, **kwargs):
        return self.linear(input_ids * attention_mask)


batch_size = parse(["batch_size"])[0]
model = Decorated()
model(input_ids=torch.rand(batch_size, 8), attention_mask=torch.ones(batch_size, 8))
