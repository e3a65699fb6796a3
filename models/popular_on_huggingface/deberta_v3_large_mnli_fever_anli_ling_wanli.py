# labels: name::deberta_v3_large_mnli_fever_anli_ling_wanli author::MoritzLaurer task::Natural_Language_Processing license::mit test_group::daily hub_id::MoritzLaurer/DeBERTa-v3-large-mnli-fever-anli-ling-wanli
"""
DeBERTa-v3 large fine-tuned on five NLI datasets (3-label entailment head), built from transformers.DebertaV2Config with random weights.

Source: https://huggingface.co/MoritzLaurer/DeBERTa-v3-large-mnli-fever-anli-ling-wanli
"""
import torch
from transformers import DebertaV2Config, DebertaV2ForSequenceClassification

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = DebertaV2Config(
    vocab_size=128100,
    hidden_size=1024,
    num_hidden_layers=24,
    num_attention_heads=16,
    intermediate_size=4096,
    hidden_act="gelu",
    max_position_embeddings=512,
    type_vocab_size=0,
    layer_norm_eps=1e-07,
    relative_attention=True,
    max_relative_positions=-1,
    position_buckets=256,
    norm_rel_ebd="layer_norm",
    share_att_key=True,
    pos_att_type=["p2c", "c2p"],
    position_biased_input=False,
    pad_token_id=0,
    num_labels=3,
)
model = DebertaV2ForSequenceClassification(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
