# labels: name::changes_its_inputs test_group::mutating
"""A model whose call changes what it was passed, as a model fed a cache does: it adds to its
input tensor in place and appends to the list it is given. Called again on the inputs an
earlier call changed, it raises: every call the tool makes must see the inputs as the script
passed them."""
import torch

from mlagility.parser import parse


class ChangesItsInputs(torch.nn.Module):
    def __init__(self, features):
        super().__init__()
        self.fc = torch.nn.Linear(features, features)

    def forward(self, x, seen):
        if seen:
            raise RuntimeError(f"called on inputs an earlier call changed ({len(seen)} seen)")
        seen.append(x.sum())
        x.add_(1)
        return self.fc(x)


batch_size = parse(["batch_size"])[0]
model = ChangesItsInputs(8)
model(torch.rand(batch_size, 8), [])
