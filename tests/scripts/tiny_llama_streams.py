# labels: name::tiny_llama_streams author::huggingface test_group::generate
"""A two-layer Llama (hidden 64) that generates with a streamer of its own, which counts the
tokens generate hands it."""
import torch
from transformers import LlamaConfig, LlamaForCausalLM
from transformers.generation.streamers import BaseStreamer

from mlagility.parser import parse


class Counter(BaseStreamer):
    def __init__(self):
        self.puts = 0

    def put(self, value):
        self.puts += 1

    def end(self):
        pass


batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

config = LlamaConfig(num_hidden_layers=2, hidden_size=64, intermediate_size=128, num_attention_heads=4,
                     num_key_value_heads=4, vocab_size=128, max_position_embeddings=64)
model = LlamaForCausalLM(config).eval()
input_ids = torch.randint(config.vocab_size, (batch_size, max_seq_length))
counter = Counter()
model.generate(input_ids, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens, do_sample=False,
               streamer=counter)
assert counter.puts == max_new_tokens + 1  # the prompt, then each new token
