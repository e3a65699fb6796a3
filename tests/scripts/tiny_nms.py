# labels: name::tiny_nms author::mlagility test_group::variants
"""A detector's last step alone: score 16 boxes, drop the low scores, and keep what torchvision's
batched_nms keeps. As the boxes left are known only at run time, batched_nms's branch for no
boxes at all stays in the graph: the legacy exporter writes it as an If whose then-branch is a
single Constant (as in FCOS and the R-CNNs)."""
import torch
import torchvision

from mlagility.parser import parse


class KeepBoxes(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.score = torch.nn.Linear(4, 1)

    def forward(self, boxes):
        scores = self.score(boxes).squeeze(-1)
        boxes, scores = boxes[scores > 0], scores[scores > 0]
        classes = torch.zeros(boxes.shape[0], dtype=torch.int64)
        keep = torchvision.ops.batched_nms(boxes, scores, classes, iou_threshold=0.5)
        return boxes[keep]


(batch_size,) = parse(["batch_size"])
torch.manual_seed(0)
corners = torch.rand(16 * batch_size, 2) * 50
boxes = torch.cat([corners, corners + 10 + torch.rand(16 * batch_size, 2) * 20], dim=1)
model = KeepBoxes().eval()
model(boxes)
