"""The table that ``generate_popular.py`` writes scripts from: most-downloaded Hugging Face Hub
models, each with the transformers config class and model class that build it and the
hyperparameters of its published config.json (those that matter for the graph: sizes, activations,
norms, positions, token ids, label counts), in the order the scripts list them.

A row: ``hub_id``; ``task`` and ``license`` (the labels); ``about`` (the docstring's first words);
``config`` and ``model`` (transformers class names); ``kind`` (which inputs: text, seq2seq, image,
image_text, audio, whisper); ``params``; optionally ``one_layer`` (1.5 B parameters or more: the
script keeps one layer, or one of each stack, as the hand-written scripts do) and ``comment``
(lines above the config).
"""


class Code:
    """A value written as Python source in the script (``image_size=(height, width)``)."""

    def __init__(self, source):
        self.source = source


MODELS = []


def add(hub_id, task, license, about, config, model, kind, params, **extra):
    """One row of the table."""
    MODELS.append(dict(hub_id=hub_id, task=task, license=license, about=about, config=config, model=model,
                       kind=kind, params=params, **extra))


NLP, CV, AUDIO, MM, GEN = "Natural_Language_Processing", "Computer_Vision", "Audio", "Multimodal", "Generative_AI"


# --- encoders -------------------------------------------------------------------------------------

def bert(hidden=768, layers=12, heads=12, inter=3072, vocab=30522, max_pos=512, **extra):
    """BertConfig's published fields (BERT, MiniLM, BGE, E5, GTE, ... share them)."""
    return dict(vocab_size=vocab, hidden_size=hidden, num_hidden_layers=layers, num_attention_heads=heads,
                intermediate_size=inter, hidden_act="gelu", max_position_embeddings=max_pos, type_vocab_size=2,
                layer_norm_eps=1e-12, **extra)


BASE = dict(hidden=768, layers=12, heads=12, inter=3072)
LARGE = dict(hidden=1024, layers=24, heads=16, inter=4096)
MINILM_L12 = dict(hidden=384, layers=12, heads=12, inter=1536)
MINILM_L6 = dict(hidden=384, layers=6, heads=12, inter=1536)


def add_bert(hub_id, license, about, size, model="BertModel", **extra):
    add(hub_id, NLP, license, about, "BertConfig", model, "text", bert(**size, **extra))


add_bert("sentence-transformers/paraphrase-MiniLM-L3-v2", "apache-2.0",
         "paraphrase-MiniLM-L3-v2 sentence embedder (3-layer, 384-wide BERT)", dict(MINILM_L6, layers=3))
add_bert("sentence-transformers/paraphrase-MiniLM-L12-v2", "apache-2.0",
         "paraphrase-MiniLM-L12-v2 sentence embedder (12-layer, 384-wide BERT)", MINILM_L12)
add_bert("sentence-transformers/msmarco-MiniLM-L6-cos-v5", "apache-2.0",
         "msmarco-MiniLM-L6-cos-v5 semantic-search embedder (6-layer, 384-wide BERT)", MINILM_L6)
add_bert("sentence-transformers/LaBSE", "apache-2.0",
         "LaBSE language-agnostic sentence embedder (BERT base, 501k-token vocabulary)", BASE, vocab=501153)
add_bert("cross-encoder/ms-marco-MiniLM-L-12-v2", "apache-2.0",
         "MS MARCO MiniLM-L-12 cross-encoder reranker (12-layer, 384-wide BERT, one-score head)", MINILM_L12,
         model="BertForSequenceClassification", num_labels=1)
add_bert("cross-encoder/ms-marco-MiniLM-L-4-v2", "apache-2.0",
         "MS MARCO MiniLM-L-4 cross-encoder reranker (4-layer, 384-wide BERT, one-score head)",
         dict(MINILM_L6, layers=4), model="BertForSequenceClassification", num_labels=1)
add_bert("cross-encoder/ms-marco-TinyBERT-L-2-v2", "apache-2.0",
         "MS MARCO TinyBERT-L-2 cross-encoder reranker (2-layer, 128-wide BERT, one-score head)",
         dict(hidden=128, layers=2, heads=2, inter=512), model="BertForSequenceClassification", num_labels=1)
add_bert("BAAI/bge-small-en", "mit", "BGE small (English) embedder (12-layer, 384-wide BERT)", MINILM_L12)
add_bert("BAAI/bge-base-en", "mit", "BGE base (English) embedder (BERT base)", BASE)
add_bert("BAAI/bge-large-en", "mit", "BGE large (English) embedder (BERT large)", LARGE)
add_bert("BAAI/bge-small-zh-v1.5", "mit", "BGE small (Chinese) v1.5 embedder (4-layer, 512-wide BERT)",
         dict(hidden=512, layers=4, heads=8, inter=2048), vocab=21128)
add_bert("BAAI/bge-base-zh-v1.5", "mit", "BGE base (Chinese) v1.5 embedder (BERT base)", BASE, vocab=21128)
add_bert("BAAI/bge-large-zh-v1.5", "mit", "BGE large (Chinese) v1.5 embedder (BERT large)", LARGE, vocab=21128)
add_bert("intfloat/e5-small-v2", "mit", "E5 small v2 text embedder (12-layer, 384-wide BERT)", MINILM_L12)
add_bert("intfloat/e5-small", "mit", "E5 small text embedder (12-layer, 384-wide BERT)", MINILM_L12)
add_bert("intfloat/e5-base", "mit", "E5 base text embedder (BERT base)", BASE)
add_bert("intfloat/e5-large", "mit", "E5 large text embedder (BERT large)", LARGE)
add_bert("thenlper/gte-base", "mit", "GTE base text embedder (BERT base)", BASE)
add_bert("thenlper/gte-small", "mit", "GTE small text embedder (12-layer, 384-wide BERT)", MINILM_L12)
add_bert("Snowflake/snowflake-arctic-embed-xs", "apache-2.0",
         "Snowflake Arctic Embed XS retrieval embedder (6-layer, 384-wide BERT)", MINILM_L6)
add_bert("Snowflake/snowflake-arctic-embed-s", "apache-2.0",
         "Snowflake Arctic Embed S retrieval embedder (12-layer, 384-wide BERT)", MINILM_L12)
add_bert("Snowflake/snowflake-arctic-embed-m", "apache-2.0",
         "Snowflake Arctic Embed M retrieval embedder (BERT base)", BASE)
add_bert("Snowflake/snowflake-arctic-embed-m-v1.5", "apache-2.0",
         "Snowflake Arctic Embed M v1.5 retrieval embedder (BERT base)", BASE)
add_bert("Snowflake/snowflake-arctic-embed-l", "apache-2.0",
         "Snowflake Arctic Embed L retrieval embedder (BERT large)", LARGE)
add_bert("google-bert/bert-large-uncased-whole-word-masking", "apache-2.0",
         "BERT large (uncased, whole-word masking) encoder", LARGE)
add_bert("google-bert/bert-large-cased-whole-word-masking", "apache-2.0",
         "BERT large (cased, whole-word masking) encoder", LARGE, vocab=28996)
add_bert("google-bert/bert-base-german-cased", "mit", "German BERT base (cased) encoder", BASE, vocab=30000)
add_bert("yiyanghkust/finbert-tone", "unknown",
         "FinBERT-tone: BERT base on the FinVocab, for financial tone (3-label classification head)", BASE,
         vocab=30873, model="BertForSequenceClassification", num_labels=3)
add_bert("unitary/toxic-bert", "apache-2.0",
         "Toxic BERT: BERT base (uncased) for Jigsaw toxic comments (6-label classification head)", BASE,
         model="BertForSequenceClassification", num_labels=6)
add_bert("dslim/bert-large-NER", "mit",
         "BERT large (cased) fine-tuned for CoNLL-03 named entities (9-label token-classification head)", LARGE,
         vocab=28996, model="BertForTokenClassification", num_labels=9)
add_bert("Davlan/bert-base-multilingual-cased-ner-hrl", "afl-3.0",
         "Multilingual BERT (cased) fine-tuned for named entities in 10 languages (9-label token-classification head)",
         BASE, vocab=119547, model="BertForTokenClassification", num_labels=9)
add_bert("deepset/bert-large-uncased-whole-word-masking-squad2", "cc-by-4.0",
         "BERT large (whole-word masking) fine-tuned on SQuAD 2.0 (extractive question-answering head)", LARGE,
         model="BertForQuestionAnswering")
add_bert("deepset/minilm-uncased-squad2", "cc-by-4.0",
         "MiniLM (12-layer, 384-wide BERT) fine-tuned on SQuAD 2.0 (extractive question-answering head)",
         MINILM_L12, model="BertForQuestionAnswering")
add_bert("emilyalsentzer/Bio_ClinicalBERT", "mit", "Bio+ClinicalBERT clinical-notes encoder (BERT base, cased)",
         BASE, vocab=28996)
add_bert("dmis-lab/biobert-v1.1", "unknown", "BioBERT v1.1 biomedical encoder (BERT base, cased)", BASE, vocab=28996)
add_bert("allenai/scibert_scivocab_uncased", "unknown",
         "SciBERT scientific-text encoder (BERT base, SciVocab uncased)", BASE, vocab=31090)
add_bert("nlpaueb/legal-bert-base-uncased", "cc-by-sa-4.0", "LEGAL-BERT legal-text encoder (BERT base)", BASE)
add_bert("neuralmind/bert-base-portuguese-cased", "mit", "BERTimbau Portuguese encoder (BERT base, cased)", BASE,
         vocab=29794)
add_bert("dbmdz/bert-base-turkish-cased", "mit", "BERTurk Turkish encoder (BERT base, cased)", BASE, vocab=32000)
add_bert("tohoku-nlp/bert-base-japanese-v3", "apache-2.0", "Japanese BERT base v3 encoder", BASE, vocab=32768)
add_bert("klue/bert-base", "cc-by-sa-4.0", "KLUE Korean BERT base encoder", BASE, vocab=32000)
add_bert("hfl/chinese-roberta-wwm-ext", "apache-2.0",
         "Chinese RoBERTa-wwm-ext encoder (a BERT base, whole-word masking)", BASE, vocab=21128)
add_bert("hfl/chinese-bert-wwm-ext", "apache-2.0", "Chinese BERT-wwm-ext encoder (BERT base, whole-word masking)",
         BASE, vocab=21128)
add_bert("dccuchile/bert-base-spanish-wwm-cased", "unknown", "BETO Spanish encoder (BERT base, cased)", BASE,
         vocab=31002)
add_bert("DeepPavlov/rubert-base-cased", "unknown", "RuBERT Russian encoder (BERT base, cased)", BASE,
         vocab=119547)
add_bert("cointegrated/rubert-tiny2", "mit", "rubert-tiny2 Russian sentence encoder (3-layer, 312-wide BERT)",
         dict(hidden=312, layers=3, heads=12, inter=600), vocab=83828, max_pos=2048)
add_bert("huawei-noah/TinyBERT_General_4L_312D", "unknown", "TinyBERT general distillation (4-layer, 312-wide BERT)",
         dict(hidden=312, layers=4, heads=12, inter=1200))
add_bert("prajjwal1/bert-tiny", "mit", "BERT-Tiny encoder (2-layer, 128-wide)",
         dict(hidden=128, layers=2, heads=2, inter=512))
add_bert("prajjwal1/bert-mini", "mit", "BERT-Mini encoder (4-layer, 256-wide)",
         dict(hidden=256, layers=4, heads=4, inter=1024))
add_bert("prajjwal1/bert-small", "mit", "BERT-Small encoder (4-layer, 512-wide)",
         dict(hidden=512, layers=4, heads=8, inter=2048))
add_bert("prajjwal1/bert-medium", "mit", "BERT-Medium encoder (8-layer, 512-wide)",
         dict(hidden=512, layers=8, heads=8, inter=2048))
add_bert("nreimers/MiniLM-L6-H384-uncased", "mit", "MiniLM-L6-H384 encoder (6-layer, 384-wide BERT)", MINILM_L6)


def mpnet():
    """MPNet base's published fields."""
    return dict(vocab_size=30527, hidden_size=768, num_hidden_layers=12, num_attention_heads=12,
                intermediate_size=3072, hidden_act="gelu", max_position_embeddings=514,
                relative_attention_num_buckets=32, layer_norm_eps=1e-05, pad_token_id=1, bos_token_id=0,
                eos_token_id=2)


for hub_id, about in [
    ("sentence-transformers/multi-qa-mpnet-base-dot-v1", "multi-qa-mpnet-base-dot-v1 semantic-search embedder (MPNet base)"),
    ("sentence-transformers/multi-qa-mpnet-base-cos-v1", "multi-qa-mpnet-base-cos-v1 semantic-search embedder (MPNet base)"),
    ("sentence-transformers/paraphrase-mpnet-base-v2", "paraphrase-mpnet-base-v2 sentence embedder (MPNet base)"),
]:
    add(hub_id, NLP, "apache-2.0", about, "MPNetConfig", "MPNetModel", "text", mpnet())


def roberta(hidden=768, layers=12, heads=12, inter=3072, vocab=50265, max_pos=514, **extra):
    """RobertaConfig's (and XLMRobertaConfig's) published fields."""
    return dict(vocab_size=vocab, hidden_size=hidden, num_hidden_layers=layers, num_attention_heads=heads,
                intermediate_size=inter, hidden_act="gelu", max_position_embeddings=max_pos, type_vocab_size=1,
                layer_norm_eps=1e-05, pad_token_id=1, bos_token_id=0, eos_token_id=2, **extra)


DISTILROBERTA = dict(hidden=768, layers=6, heads=12, inter=3072)


def add_roberta(hub_id, license, about, size, model="RobertaModel", name=None, **extra):
    add(hub_id, NLP, license, about, "RobertaConfig", model, "text", roberta(**size, **extra),
        **({"name": name} if name else {}))


add_roberta("sentence-transformers/all-roberta-large-v1", "apache-2.0",
            "all-roberta-large-v1 sentence embedder (RoBERTa large)", LARGE)
add_roberta("cardiffnlp/twitter-roberta-base-irony", "unknown",
            "Twitter-RoBERTa base for irony detection (2-label classification head)", BASE,
            model="RobertaForSequenceClassification", num_labels=2)
add_roberta("cardiffnlp/twitter-roberta-base-emotion", "unknown",
            "Twitter-RoBERTa base for emotion recognition (4-label classification head)", BASE,
            model="RobertaForSequenceClassification", num_labels=4)
add_roberta("cardiffnlp/twitter-roberta-base-offensive", "unknown",
            "Twitter-RoBERTa base for offensive-language detection (2-label classification head)", BASE,
            model="RobertaForSequenceClassification", num_labels=2)
add_roberta("j-hartmann/emotion-english-roberta-large", "unknown",
            "Emotion English RoBERTa large (7-label classification head: Ekman's six and neutral)", LARGE,
            model="RobertaForSequenceClassification", num_labels=7)
add_roberta("SamLowe/roberta-base-go_emotions", "mit",
            "RoBERTa base fine-tuned on GoEmotions (28-label multi-label classification head)", BASE,
            model="RobertaForSequenceClassification", num_labels=28)
add_roberta("FacebookAI/roberta-large-mnli", "mit",
            "RoBERTa large fine-tuned on MNLI (3-label entailment head)", LARGE,
            model="RobertaForSequenceClassification", num_labels=3)
add_roberta("openai-community/roberta-base-openai-detector", "mit",
            "GPT-2 output detector: RoBERTa base with a 2-label classification head", BASE,
            model="RobertaForSequenceClassification", num_labels=2)
add_roberta("facebook/roberta-hate-speech-dynabench-r4-target", "unknown",
            "RoBERTa base hate-speech classifier from Dynabench round 4 (2-label classification head)", BASE,
            model="RobertaForSequenceClassification", num_labels=2)
add_roberta("mrm8488/distilroberta-finetuned-financial-news-sentiment-analysis", "apache-2.0",
            "DistilRoBERTa fine-tuned for financial-news sentiment (3-label classification head)", DISTILROBERTA,
            model="RobertaForSequenceClassification", num_labels=3)
add_roberta("michellejieli/emotion_text_classifier", "unknown",
            "DistilRoBERTa emotion classifier for dialogue (7-label classification head)", DISTILROBERTA,
            model="RobertaForSequenceClassification", num_labels=7)
add_roberta("deepset/roberta-large-squad2", "cc-by-4.0",
            "RoBERTa large fine-tuned on SQuAD 2.0 (extractive question-answering head)", LARGE,
            model="RobertaForQuestionAnswering")
add_roberta("deepset/tinyroberta-squad2", "cc-by-4.0",
            "TinyRoBERTa (6-layer RoBERTa) distilled on SQuAD 2.0 (extractive question-answering head)",
            DISTILROBERTA, model="RobertaForQuestionAnswering")
add_roberta("microsoft/codebert-base", "unknown", "CodeBERT bimodal code and text encoder (RoBERTa base)", BASE)
add_roberta("huggingface/CodeBERTa-small-v1", "unknown", "CodeBERTa small code encoder (6-layer RoBERTa)",
            DISTILROBERTA, vocab=52000)
add_roberta("vinai/bertweet-base", "mit", "BERTweet base English-tweets encoder (RoBERTa base)", BASE,
            vocab=64001, max_pos=130)
add_roberta("finiteautomata/bertweet-base-sentiment-analysis", "unknown",
            "BERTweet base fine-tuned for tweet sentiment (3-label classification head)", BASE, vocab=64001,
            max_pos=130, model="RobertaForSequenceClassification", num_labels=3)
add_roberta("klue/roberta-large", "cc-by-sa-4.0", "KLUE Korean RoBERTa large encoder", LARGE, vocab=32000,
            name="klue_roberta_large")


def add_xlmr(hub_id, license, about, size, model="XLMRobertaModel", **extra):
    add(hub_id, NLP, license, about, "XLMRobertaConfig", model, "text", roberta(**size, vocab=250002, **extra))


add_xlmr("intfloat/multilingual-e5-large-instruct", "mit",
         "multilingual-e5-large-instruct text embedder (XLM-RoBERTa large)", LARGE)
add_xlmr("sentence-transformers/paraphrase-xlm-r-multilingual-v1", "apache-2.0",
         "paraphrase-xlm-r-multilingual-v1 sentence embedder (XLM-RoBERTa base)", BASE)
add_xlmr("BAAI/bge-reranker-large", "mit", "BGE reranker large cross-encoder (XLM-RoBERTa large, one-score head)",
         LARGE, model="XLMRobertaForSequenceClassification", num_labels=1)
add_xlmr("papluca/xlm-roberta-base-language-detection", "mit",
         "XLM-RoBERTa base language detector (20-label classification head)", BASE,
         model="XLMRobertaForSequenceClassification", num_labels=20)
add_xlmr("deepset/xlm-roberta-large-squad2", "cc-by-4.0",
         "XLM-RoBERTa large fine-tuned on SQuAD 2.0 (extractive question-answering head)", LARGE,
         model="XLMRobertaForQuestionAnswering")


def distilbert(vocab=30522):
    """DistilBERT base's published fields."""
    return dict(vocab_size=vocab, dim=768, n_layers=6, n_heads=12, hidden_dim=3072, activation="gelu",
                max_position_embeddings=512, sinusoidal_pos_embds=False)


def add_distilbert(hub_id, license, about, model="DistilBertModel", vocab=30522, **extra):
    add(hub_id, NLP, license, about, "DistilBertConfig", model, "text", dict(distilbert(vocab), **extra))


add_distilbert("sentence-transformers/distiluse-base-multilingual-cased-v2", "apache-2.0",
               "distiluse-base-multilingual-cased-v2 sentence embedder (multilingual DistilBERT)", vocab=119547)
add_distilbert("sentence-transformers/multi-qa-distilbert-cos-v1", "apache-2.0",
               "multi-qa-distilbert-cos-v1 semantic-search embedder (DistilBERT base)")
add_distilbert("sentence-transformers/msmarco-distilbert-base-v4", "apache-2.0",
               "msmarco-distilbert-base-v4 semantic-search embedder (DistilBERT base)")
add_distilbert("distilbert/distilbert-base-uncased-distilled-squad", "apache-2.0",
               "DistilBERT base (uncased) distilled on SQuAD (extractive question-answering head)",
               model="DistilBertForQuestionAnswering")
add_distilbert("dslim/distilbert-NER", "apache-2.0",
               "DistilBERT base (cased) fine-tuned for CoNLL-03 named entities (9-label token-classification head)",
               model="DistilBertForTokenClassification", vocab=28996, num_labels=9)
add_distilbert("martin-ha/toxic-comment-model", "unknown",
               "DistilBERT base toxic-comment classifier (2-label classification head)",
               model="DistilBertForSequenceClassification", num_labels=2)
add_distilbert("lxyuan/distilbert-base-multilingual-cased-sentiments-student", "apache-2.0",
               "Multilingual DistilBERT sentiment student (3-label classification head)",
               model="DistilBertForSequenceClassification", vocab=119547, num_labels=3)
add_distilbert("typeform/distilbert-base-uncased-mnli", "unknown",
               "DistilBERT base (uncased) fine-tuned on MNLI for zero-shot classification (3-label head)",
               model="DistilBertForSequenceClassification", num_labels=3)


def deberta_v3(hidden=768, layers=12, heads=12, inter=3072, vocab=128100, **extra):
    """DebertaV2Config's published fields for the DeBERTa-v3 checkpoints."""
    return dict(vocab_size=vocab, hidden_size=hidden, num_hidden_layers=layers, num_attention_heads=heads,
                intermediate_size=inter, hidden_act="gelu", max_position_embeddings=512, type_vocab_size=0,
                layer_norm_eps=1e-07, relative_attention=True, max_relative_positions=-1, position_buckets=256,
                norm_rel_ebd="layer_norm", share_att_key=True, pos_att_type=["p2c", "c2p"],
                position_biased_input=False, pad_token_id=0, **extra)


def add_deberta_v3(hub_id, license, about, size, model="DebertaV2Model", **extra):
    add(hub_id, NLP, license, about, "DebertaV2Config", model, "text", deberta_v3(**size, **extra))


add_deberta_v3("microsoft/deberta-v3-xsmall", "mit", "DeBERTa-v3 xsmall encoder (12-layer, 384-wide)",
               dict(hidden=384, layers=12, heads=6, inter=1536))
add_deberta_v3("MoritzLaurer/DeBERTa-v3-base-mnli-fever-anli", "mit",
               "DeBERTa-v3 base fine-tuned on MNLI, FEVER and ANLI (3-label entailment head)", BASE,
               model="DebertaV2ForSequenceClassification", num_labels=3)
add_deberta_v3("MoritzLaurer/DeBERTa-v3-large-mnli-fever-anli-ling-wanli", "mit",
               "DeBERTa-v3 large fine-tuned on five NLI datasets (3-label entailment head)", LARGE,
               model="DebertaV2ForSequenceClassification", num_labels=3)
add_deberta_v3("MoritzLaurer/mDeBERTa-v3-base-xnli-multilingual-nli-2mil7", "mit",
               "mDeBERTa-v3 base fine-tuned on multilingual NLI (3-label entailment head)", BASE, vocab=251000,
               model="DebertaV2ForSequenceClassification", num_labels=3)
add_deberta_v3("deepset/deberta-v3-base-squad2", "cc-by-4.0",
               "DeBERTa-v3 base fine-tuned on SQuAD 2.0 (extractive question-answering head)", BASE,
               model="DebertaV2ForQuestionAnswering")


def electra(embedding, hidden, layers, heads, inter):
    """ElectraConfig's published fields."""
    return dict(vocab_size=30522, embedding_size=embedding, hidden_size=hidden, num_hidden_layers=layers,
                num_attention_heads=heads, intermediate_size=inter, hidden_act="gelu", max_position_embeddings=512,
                type_vocab_size=2, layer_norm_eps=1e-12)


add("google/electra-large-discriminator", NLP, "apache-2.0",
    "ELECTRA large discriminator (replaced-token-detection head)", "ElectraConfig", "ElectraForPreTraining", "text",
    electra(1024, 1024, 24, 16, 4096))
add("google/electra-small-generator", NLP, "apache-2.0", "ELECTRA small generator (masked-language-model head)",
    "ElectraConfig", "ElectraForMaskedLM", "text", electra(128, 256, 12, 4, 1024))
add("google/electra-base-generator", NLP, "apache-2.0", "ELECTRA base generator (masked-language-model head)",
    "ElectraConfig", "ElectraForMaskedLM", "text", electra(768, 256, 12, 4, 1024))
add("albert/albert-large-v2", NLP, "apache-2.0",
    "ALBERT large v2 encoder (shared layers, factorized 128-wide embeddings)", "AlbertConfig", "AlbertModel", "text",
    dict(vocab_size=30000, embedding_size=128, hidden_size=1024, num_hidden_layers=24, num_hidden_groups=1,
         num_attention_heads=16, intermediate_size=4096, inner_group_num=1, hidden_act="gelu_new",
         max_position_embeddings=512, type_vocab_size=2, layer_norm_eps=1e-12))
add("xlnet/xlnet-base-cased", NLP, "mit", "XLNet base (cased) permutation-language-model encoder", "XLNetConfig",
    "XLNetModel", "text",
    dict(vocab_size=32000, d_model=768, n_layer=12, n_head=12, d_inner=3072, ff_activation="gelu",
         attn_type="bi", layer_norm_eps=1e-12, pad_token_id=5, bos_token_id=1, eos_token_id=2))
add("allenai/longformer-large-4096", NLP, "apache-2.0",
    "Longformer large encoder (sliding-window attention, 4096 tokens)", "LongformerConfig", "LongformerModel", "text",
    dict(vocab_size=50265, hidden_size=1024, num_hidden_layers=24, num_attention_heads=16, intermediate_size=4096,
         hidden_act="gelu", max_position_embeddings=4098, attention_window=512, type_vocab_size=1,
         layer_norm_eps=1e-05, pad_token_id=1, bos_token_id=0, eos_token_id=2, sep_token_id=2))


# --- sequence to sequence -------------------------------------------------------------------------

def t5(d_model, d_ff, layers, heads, vocab=32128, ffn="gated-gelu", tie=False, decoder_layers=None, **extra):
    """T5Config's (and MT5Config's) published fields."""
    return dict(vocab_size=vocab, d_model=d_model, d_kv=64, d_ff=d_ff, num_layers=layers,
                num_decoder_layers=decoder_layers or layers, num_heads=heads, relative_attention_num_buckets=32,
                relative_attention_max_distance=128, layer_norm_epsilon=1e-06, feed_forward_proj=ffn,
                tie_word_embeddings=tie, **{"pad_token_id": 0, "eos_token_id": 1, "decoder_start_token_id": 0,
                                            **extra})


add("google/t5-v1_1-small", NLP, "apache-2.0", "T5 v1.1 small text-to-text transformer (gated-GELU)", "T5Config",
    "T5ForConditionalGeneration", "seq2seq", t5(512, 1024, 8, 6))
add("google/t5-v1_1-base", NLP, "apache-2.0", "T5 v1.1 base text-to-text transformer (gated-GELU)", "T5Config",
    "T5ForConditionalGeneration", "seq2seq", t5(768, 2048, 12, 12))
add("google/t5-v1_1-large", NLP, "apache-2.0", "T5 v1.1 large text-to-text transformer (gated-GELU)", "T5Config",
    "T5ForConditionalGeneration", "seq2seq", t5(1024, 2816, 24, 16))
add("google/flan-t5-xl", NLP, "apache-2.0", "Flan-T5 XL instruction-tuned text-to-text transformer", "T5Config",
    "T5ForConditionalGeneration", "seq2seq", t5(2048, 5120, 24, 32), one_layer=True)
add("google/mt5-base", NLP, "apache-2.0", "mT5 base multilingual text-to-text transformer", "MT5Config",
    "MT5ForConditionalGeneration", "seq2seq", t5(768, 2048, 12, 12, vocab=250112))
add("google/mt5-large", NLP, "apache-2.0", "mT5 large multilingual text-to-text transformer", "MT5Config",
    "MT5ForConditionalGeneration", "seq2seq", t5(1024, 2816, 24, 16, vocab=250112))
add("google/byt5-small", NLP, "apache-2.0",
    "ByT5 small byte-level text-to-text transformer (12 encoder, 4 decoder layers)", "T5Config",
    "T5ForConditionalGeneration", "seq2seq", t5(1472, 3584, 12, 6, vocab=384, decoder_layers=4))
add("Salesforce/codet5-base", NLP, "apache-2.0", "CodeT5 base code-aware text-to-text transformer", "T5Config",
    "T5ForConditionalGeneration", "seq2seq",
    t5(768, 3072, 12, 12, vocab=32100, ffn="relu", tie=True, pad_token_id=0, bos_token_id=1, eos_token_id=2))


def bart_large(**extra):
    """BART large's published fields."""
    return dict(vocab_size=50265, max_position_embeddings=1024, d_model=1024, encoder_layers=12, decoder_layers=12,
                encoder_attention_heads=16, decoder_attention_heads=16, encoder_ffn_dim=4096, decoder_ffn_dim=4096,
                activation_function="gelu", scale_embedding=False, pad_token_id=1, bos_token_id=0, eos_token_id=2,
                decoder_start_token_id=2, **extra)


add("facebook/bart-large-xsum", NLP, "mit", "BART large fine-tuned on XSum for abstractive summarization",
    "BartConfig", "BartForConditionalGeneration", "seq2seq", bart_large())
add("philschmid/bart-large-cnn-samsum", NLP, "mit", "BART large CNN fine-tuned on SAMSum for dialogue summarization",
    "BartConfig", "BartForConditionalGeneration", "seq2seq", bart_large())


def mbart(vocab):
    """mBART large's published fields."""
    return dict(vocab_size=vocab, max_position_embeddings=1024, d_model=1024, encoder_layers=12, decoder_layers=12,
                encoder_attention_heads=16, decoder_attention_heads=16, encoder_ffn_dim=4096, decoder_ffn_dim=4096,
                activation_function="gelu", scale_embedding=True, pad_token_id=1, bos_token_id=0, eos_token_id=2)


add("facebook/mbart-large-50-many-to-many-mmt", NLP, "mit",
    "mBART-50 many-to-many multilingual translation model (50 languages)", "MBartConfig",
    "MBartForConditionalGeneration", "seq2seq", mbart(250054))
add("facebook/mbart-large-50-one-to-many-mmt", NLP, "mit",
    "mBART-50 English-to-many multilingual translation model (50 languages)", "MBartConfig",
    "MBartForConditionalGeneration", "seq2seq", mbart(250054))
add("facebook/mbart-large-cc25", NLP, "mit", "mBART large pre-trained on CC25 (25 languages)", "MBartConfig",
    "MBartForConditionalGeneration", "seq2seq", mbart(250027))


def m2m100(vocab, d_model, layers, ffn):
    """M2M100Config's published fields (M2M-100 and NLLB-200)."""
    return dict(vocab_size=vocab, max_position_embeddings=1024, d_model=d_model, encoder_layers=layers,
                decoder_layers=layers, encoder_attention_heads=16, decoder_attention_heads=16, encoder_ffn_dim=ffn,
                decoder_ffn_dim=ffn, activation_function="relu", scale_embedding=True, pad_token_id=1,
                bos_token_id=0, eos_token_id=2, decoder_start_token_id=2)


add("facebook/nllb-200-distilled-1.3B", NLP, "cc-by-nc-4.0",
    "NLLB-200 distilled 1.3B translation model (200 languages)", "M2M100Config", "M2M100ForConditionalGeneration",
    "seq2seq", m2m100(256206, 1024, 24, 8192))
add("facebook/nllb-200-1.3B", NLP, "cc-by-nc-4.0", "NLLB-200 1.3B translation model (200 languages)", "M2M100Config",
    "M2M100ForConditionalGeneration", "seq2seq", m2m100(256206, 1024, 24, 8192))
add("facebook/nllb-200-3.3B", NLP, "cc-by-nc-4.0", "NLLB-200 3.3B translation model (200 languages)", "M2M100Config",
    "M2M100ForConditionalGeneration", "seq2seq", m2m100(256206, 2048, 24, 8192), one_layer=True)
add("facebook/m2m100_1.2B", NLP, "mit", "M2M-100 1.2B many-to-many translation model (100 languages)",
    "M2M100Config", "M2M100ForConditionalGeneration", "seq2seq", m2m100(128112, 1024, 24, 8192))


def pegasus(max_pos):
    """PEGASUS large's published fields."""
    return dict(vocab_size=96103, max_position_embeddings=max_pos, d_model=1024, encoder_layers=16, decoder_layers=16,
                encoder_attention_heads=16, decoder_attention_heads=16, encoder_ffn_dim=4096, decoder_ffn_dim=4096,
                activation_function="relu", scale_embedding=True, pad_token_id=0, eos_token_id=1,
                decoder_start_token_id=0)


add("google/pegasus-large", NLP, "unknown", "PEGASUS large abstractive summarizer (mixed and stochastic)",
    "PegasusConfig", "PegasusForConditionalGeneration", "seq2seq", pegasus(1024))
add("google/pegasus-cnn_dailymail", NLP, "unknown", "PEGASUS large fine-tuned on CNN/DailyMail for summarization",
    "PegasusConfig", "PegasusForConditionalGeneration", "seq2seq", pegasus(1024))


def marian(vocab):
    """OPUS-MT (Marian) published fields: a transformer base with a shared vocabulary."""
    return dict(vocab_size=vocab, decoder_vocab_size=vocab, max_position_embeddings=512, d_model=512,
                encoder_layers=6, decoder_layers=6, encoder_attention_heads=8, decoder_attention_heads=8,
                encoder_ffn_dim=2048, decoder_ffn_dim=2048, activation_function="swish", scale_embedding=True,
                share_encoder_decoder_embeddings=True, pad_token_id=vocab - 1, decoder_start_token_id=vocab - 1,
                eos_token_id=0)


for pair, source, target, vocab, license in [
    ("en-es", "English", "Spanish", 65001, "apache-2.0"),
    ("es-en", "Spanish", "English", 65001, "apache-2.0"),
    ("en-fr", "English", "French", 59514, "apache-2.0"),
    ("de-en", "German", "English", 58101, "cc-by-4.0"),
    ("ru-en", "Russian", "English", 62518, "cc-by-4.0"),
    ("en-zh", "English", "Chinese", 65001, "apache-2.0"),
]:
    add(f"Helsinki-NLP/opus-mt-{pair}", NLP, license, f"OPUS-MT {source}-to-{target} Marian translation model",
        "MarianConfig", "MarianMTModel", "seq2seq", marian(vocab))


# --- vision ---------------------------------------------------------------------------------------

SIZED_FOR_INPUT = "# position embeddings are sized for the input: ({0}, {0}) on the Hub"


def vit(hidden, layers, heads, inter, patch=16, **extra):
    """ViTConfig's published fields, position embeddings built for the parsed image size."""
    return dict(hidden_size=hidden, num_hidden_layers=layers, num_attention_heads=heads, intermediate_size=inter,
                hidden_act="gelu", layer_norm_eps=1e-12, image_size=Code("(height, width)"), patch_size=patch,
                num_channels=3, qkv_bias=True, **extra)


def add_vit(hub_id, license, about, params, model="ViTForImageClassification", size=224, config="ViTConfig"):
    add(hub_id, CV, license, about, config, model, "image", params, comment=[SIZED_FOR_INPUT.format(size)])


add_vit("google/vit-large-patch16-224", "apache-2.0", "ViT-L/16 image classifier (ImageNet-1k, 1000 labels)",
        vit(1024, 24, 16, 4096, num_labels=1000))
add_vit("google/vit-base-patch16-384", "apache-2.0",
        "ViT-B/16 image classifier at 384x384 (ImageNet-1k, 1000 labels)", vit(768, 12, 12, 3072, num_labels=1000),
        size=384)
add_vit("google/vit-large-patch16-224-in21k", "apache-2.0", "ViT-L/16 image backbone pre-trained on ImageNet-21k",
        vit(1024, 24, 16, 4096), model="ViTModel")
add_vit("google/vit-base-patch32-224-in21k", "apache-2.0", "ViT-B/32 image backbone pre-trained on ImageNet-21k",
        vit(768, 12, 12, 3072, patch=32), model="ViTModel")
add_vit("google/vit-huge-patch14-224-in21k", "apache-2.0", "ViT-H/14 image backbone pre-trained on ImageNet-21k",
        vit(1280, 32, 16, 5120, patch=14), model="ViTModel")
add_vit("Falconsai/nsfw_image_detection", "apache-2.0", "NSFW image detector (ViT-B/16, 2 labels)",
        vit(768, 12, 12, 3072, num_labels=2))
add_vit("nateraw/vit-age-classifier", "unknown", "ViT-B/16 age classifier for faces (9 age-range labels)",
        vit(768, 12, 12, 3072, num_labels=9))
add_vit("facebook/deit-small-patch16-224", "apache-2.0", "DeiT-small image classifier (ViT architecture, 1000 labels)",
        vit(384, 12, 6, 1536, num_labels=1000))
add_vit("facebook/deit-base-patch16-224", "apache-2.0", "DeiT-base image classifier (ViT architecture, 1000 labels)",
        vit(768, 12, 12, 3072, num_labels=1000))
add_vit("facebook/deit-small-distilled-patch16-224", "apache-2.0",
        "DeiT-small distilled image classifier (class and distillation tokens, 1000 labels)",
        vit(384, 12, 6, 1536, num_labels=1000), model="DeiTForImageClassificationWithTeacher", config="DeiTConfig")
add("microsoft/beit-base-patch16-224", CV, "apache-2.0",
    "BEiT base image classifier (relative position bias, ImageNet-1k, 1000 labels)", "BeitConfig",
    "BeitForImageClassification", "image",
    dict(vocab_size=8192, hidden_size=768, num_hidden_layers=12, num_attention_heads=12, intermediate_size=3072,
         hidden_act="gelu", layer_norm_eps=1e-12, image_size=224, patch_size=16, num_channels=3,
         use_absolute_position_embeddings=False, use_relative_position_bias=True,
         use_shared_relative_position_bias=False, layer_scale_init_value=0.1, use_mean_pooling=True,
         num_labels=1000))


def swin(embed_dim, depths, heads, window=7, image_size=224, num_labels=1000):
    """SwinConfig's (and Swinv2Config's) published fields."""
    return dict(image_size=image_size, patch_size=4, num_channels=3, embed_dim=embed_dim, depths=depths,
                num_heads=heads, window_size=window, mlp_ratio=4.0, qkv_bias=True, hidden_act="gelu",
                use_absolute_embeddings=False, layer_norm_eps=1e-05, num_labels=num_labels)


for size, dim, depths, heads in [
    ("tiny", 96, [2, 2, 6, 2], [3, 6, 12, 24]),
    ("small", 96, [2, 2, 18, 2], [3, 6, 12, 24]),
    ("base", 128, [2, 2, 18, 2], [4, 8, 16, 32]),
    ("large", 192, [2, 2, 18, 2], [6, 12, 24, 48]),
]:
    add(f"microsoft/swin-{size}-patch4-window7-224", CV, "apache-2.0",
        f"Swin-{size} image classifier (shifted 7x7 windows, 1000 labels)", "SwinConfig",
        "SwinForImageClassification", "image", swin(dim, depths, heads))
add("microsoft/swinv2-tiny-patch4-window8-256", CV, "apache-2.0",
    "Swin V2-tiny image classifier (8x8 windows, 256x256, 1000 labels)", "Swinv2Config",
    "Swinv2ForImageClassification", "image", swin(96, [2, 2, 6, 2], [3, 6, 12, 24], window=8, image_size=256))


def convnext(sizes, depths, num_labels=1000, v2=False):
    """ConvNextConfig's (and ConvNextV2Config's) published fields."""
    return dict(num_channels=3, patch_size=4, num_stages=4, hidden_sizes=sizes, depths=depths, hidden_act="gelu",
                **({} if v2 else {"layer_scale_init_value": 1e-06}), drop_path_rate=0.0, num_labels=num_labels)


for hub_id, about, sizes, depths, labels in [
    ("facebook/convnext-small-224", "ConvNeXt-small image classifier (1000 labels)", [96, 192, 384, 768],
     [3, 3, 27, 3], 1000),
    ("facebook/convnext-base-224", "ConvNeXt-base image classifier (1000 labels)", [128, 256, 512, 1024],
     [3, 3, 27, 3], 1000),
    ("facebook/convnext-large-224", "ConvNeXt-large image classifier (1000 labels)", [192, 384, 768, 1536],
     [3, 3, 27, 3], 1000),
    ("facebook/convnext-base-224-22k", "ConvNeXt-base image classifier (ImageNet-22k, 21841 labels)",
     [128, 256, 512, 1024], [3, 3, 27, 3], 21841),
]:
    add(hub_id, CV, "apache-2.0", about, "ConvNextConfig", "ConvNextForImageClassification", "image",
        convnext(sizes, depths, labels))
for hub_id, about, sizes, depths in [
    ("facebook/convnextv2-atto-1k-224", "ConvNeXt V2-atto image classifier (1000 labels)", [40, 80, 160, 320],
     [2, 2, 6, 2]),
    ("facebook/convnextv2-base-22k-224", "ConvNeXt V2-base image classifier (ImageNet-22k pre-trained, 1000 labels)",
     [128, 256, 512, 1024], [3, 3, 27, 3]),
]:
    add(hub_id, CV, "apache-2.0", about, "ConvNextV2Config", "ConvNextV2ForImageClassification", "image",
        convnext(sizes, depths, v2=True))


def resnet(sizes, depths, layer_type):
    """ResNetConfig's published fields."""
    return dict(num_channels=3, embedding_size=64, hidden_sizes=sizes, depths=depths, layer_type=layer_type,
                hidden_act="relu", downsample_in_first_stage=False, num_labels=1000)


add("microsoft/resnet-34", CV, "apache-2.0", "ResNet-34 image classifier (1000 labels)", "ResNetConfig",
    "ResNetForImageClassification", "image", resnet([64, 128, 256, 512], [3, 4, 6, 3], "basic"))
add("microsoft/resnet-152", CV, "apache-2.0", "ResNet-152 image classifier (1000 labels)", "ResNetConfig",
    "ResNetForImageClassification", "image", resnet([256, 512, 1024, 2048], [3, 8, 36, 3], "bottleneck"))

for b, width, depth, size, dropout, hidden in [
    (1, 1.0, 1.1, 240, 0.2, 1280),
    (2, 1.1, 1.2, 260, 0.3, 1408),
    (3, 1.2, 1.4, 300, 0.3, 1536),
    (4, 1.4, 1.8, 380, 0.4, 1792),
    (7, 2.0, 3.1, 600, 0.5, 2560),
]:
    add(f"google/efficientnet-b{b}", CV, "apache-2.0", f"EfficientNet-B{b} image classifier (1000 labels)",
        "EfficientNetConfig", "EfficientNetForImageClassification", "image",
        dict(num_channels=3, image_size=size, width_coefficient=width, depth_coefficient=depth, depth_divisor=8,
             hidden_act="swish", hidden_dim=hidden, dropout_rate=dropout, num_labels=1000))

add("google/mobilenet_v1_1.0_224", CV, "other", "MobileNet V1 1.0 image classifier (1001 labels)",
    "MobileNetV1Config", "MobileNetV1ForImageClassification", "image",
    dict(num_channels=3, image_size=224, depth_multiplier=1.0, min_depth=8, hidden_act="relu6", tf_padding=True,
         num_labels=1001))
add("google/mobilenet_v2_1.4_224", CV, "other", "MobileNet V2 1.4 image classifier (1001 labels)",
    "MobileNetV2Config", "MobileNetV2ForImageClassification", "image",
    dict(num_channels=3, image_size=224, depth_multiplier=1.4, depth_divisible_by=8, min_depth=8, expand_ratio=6.0,
         output_stride=32, first_layer_is_expansion=True, finegrained_output=True, hidden_act="relu6",
         tf_padding=True, num_labels=1001))
for size, hidden, neck, expand in [
    ("x-small", [96, 120, 144], [16, 32, 48, 64, 80, 96, 384], 4.0),
    ("xx-small", [64, 80, 96], [16, 16, 24, 48, 64, 80, 320], 2.0),
]:
    add(f"apple/mobilevit-{size}", CV, "other", f"MobileViT-{size} image classifier (1000 labels)", "MobileViTConfig",
        "MobileViTForImageClassification", "image",
        dict(num_channels=3, image_size=256, patch_size=2, hidden_sizes=hidden, neck_hidden_sizes=neck,
             num_attention_heads=4, mlp_ratio=2.0, expand_ratio=expand, hidden_act="silu", conv_kernel_size=3,
             output_stride=32, num_labels=1000))


def segformer(hidden, depths, decoder=None, num_labels=150):
    """SegformerConfig's published fields (MiT-b1 to b5)."""
    params = dict(num_channels=3, num_encoder_blocks=4, depths=depths, sr_ratios=[8, 4, 2, 1], hidden_sizes=hidden,
                  patch_sizes=[7, 3, 3, 3], strides=[4, 2, 2, 2], num_attention_heads=[1, 2, 5, 8],
                  mlp_ratios=[4, 4, 4, 4], hidden_act="gelu")
    if decoder:
        params["decoder_hidden_size"] = decoder
    params["num_labels"] = num_labels
    return params


MIT = [64, 128, 320, 512]
for hub_id, about, depths, decoder, labels in [
    ("nvidia/segformer-b1-finetuned-ade-512-512", "SegFormer-B1 semantic segmenter (ADE20k, 150 classes)",
     [2, 2, 2, 2], 256, 150),
    ("nvidia/segformer-b2-finetuned-ade-512-512", "SegFormer-B2 semantic segmenter (ADE20k, 150 classes)",
     [3, 4, 6, 3], 768, 150),
    ("nvidia/segformer-b5-finetuned-ade-640-640", "SegFormer-B5 semantic segmenter (ADE20k, 150 classes)",
     [3, 6, 40, 3], 768, 150),
    ("mattmdjaga/segformer_b2_clothes", "SegFormer-B2 clothes and body-part segmenter (18 classes)", [3, 4, 6, 3],
     768, 18),
]:
    add(hub_id, CV, "other" if hub_id.startswith("nvidia") else "mit", about, "SegformerConfig",
        "SegformerForSemanticSegmentation", "image", segformer(MIT, depths, decoder, labels))
add("nvidia/mit-b2", CV, "other", "Mix Transformer (MiT-b2) image classifier, SegFormer's encoder (1000 labels)",
    "SegformerConfig", "SegformerForImageClassification", "image", segformer(MIT, [3, 4, 6, 3], num_labels=1000))
add("facebook/dinov2-giant", CV, "apache-2.0", "DINOv2 ViT-g/14 self-supervised image backbone (SwiGLU)",
    "Dinov2Config", "Dinov2Model", "image",
    dict(hidden_size=1536, num_hidden_layers=40, num_attention_heads=24, mlp_ratio=4, hidden_act="gelu",
         layer_norm_eps=1e-06, image_size=518, patch_size=14, num_channels=3, qkv_bias=True, layerscale_value=1.0,
         use_swiglu_ffn=True))


def clip(text, vision, projection, act="quick_gelu"):
    """CLIPConfig's published fields: (hidden, intermediate, layers, heads) per tower, the vision patch."""
    t_hidden, t_inter, t_layers, t_heads = text
    v_hidden, v_inter, v_layers, v_heads, patch = vision
    return dict(
        text_config={"vocab_size": 49408, "hidden_size": t_hidden, "intermediate_size": t_inter,
                     "num_hidden_layers": t_layers, "num_attention_heads": t_heads, "max_position_embeddings": 77,
                     "hidden_act": act, "projection_dim": projection},
        vision_config={"hidden_size": v_hidden, "intermediate_size": v_inter, "num_hidden_layers": v_layers,
                       "num_attention_heads": v_heads, "image_size": Code("height"), "patch_size": patch,
                       "hidden_act": act, "projection_dim": projection},
        projection_dim=projection)


SQUARE = "# vision position embeddings are sized for the (square) input: {} on the Hub"
for hub_id, license, about, params, size in [
    ("openai/clip-vit-large-patch14-336", "unknown", "CLIP ViT-L/14 at 336x336 contrastive image-text model",
     clip((768, 3072, 12, 12), (1024, 4096, 24, 16, 14), 768), 336),
    ("patrickjohncyh/fashion-clip", "mit", "FashionCLIP (CLIP ViT-B/32 fine-tuned on fashion products)",
     clip((512, 2048, 12, 8), (768, 3072, 12, 12, 32), 512), 224),
    ("laion/CLIP-ViT-B-32-laion2B-s34B-b79K", "mit", "OpenCLIP ViT-B/32 trained on LAION-2B",
     clip((512, 2048, 12, 8), (768, 3072, 12, 12, 32), 512, act="gelu"), 224),
    ("laion/CLIP-ViT-H-14-laion2B-s32B-b79K", "mit", "OpenCLIP ViT-H/14 trained on LAION-2B",
     clip((1024, 4096, 24, 16), (1280, 5120, 32, 16, 14), 1024, act="gelu"), 224),
]:
    add(hub_id, MM, license, about, "CLIPConfig", "CLIPModel", "image_text", params, comment=[SQUARE.format(size)])


def siglip(hidden, inter, layers, heads, patch, vocab=32000):
    """SiglipConfig's published fields: both towers the same width."""
    tower = {"hidden_size": hidden, "intermediate_size": inter, "num_hidden_layers": layers,
             "num_attention_heads": heads}
    return dict(
        text_config={"vocab_size": vocab, **tower, "max_position_embeddings": 64,
                     "hidden_act": "gelu_pytorch_tanh", "pad_token_id": 1, "bos_token_id": None, "eos_token_id": 1},
        vision_config={**tower, "image_size": Code("height"), "patch_size": patch, "hidden_act": "gelu_pytorch_tanh"})


add("google/siglip-so400m-patch14-384", MM, "apache-2.0", "SigLIP So400m/14 sigmoid-loss image-text model at 384x384",
    "SiglipConfig", "SiglipModel", "image_text", siglip(1152, 4304, 27, 16, 14), comment=[SQUARE.format(384)])
add("google/siglip-large-patch16-384", MM, "apache-2.0", "SigLIP large/16 sigmoid-loss image-text model at 384x384",
    "SiglipConfig", "SiglipModel", "image_text", siglip(1024, 4096, 24, 16, 16), comment=[SQUARE.format(384)])


# --- audio ----------------------------------------------------------------------------------------

def whisper(d_model, layers, heads, ffn, vocab, mel=80, decoder_layers=None):
    """WhisperConfig's published fields; token ids of the English-only (51864) or multilingual vocabulary."""
    english = vocab == 51864
    return dict(vocab_size=vocab, num_mel_bins=mel, d_model=d_model, encoder_layers=layers,
                encoder_attention_heads=heads, decoder_layers=decoder_layers or layers, decoder_attention_heads=heads,
                encoder_ffn_dim=ffn, decoder_ffn_dim=ffn, activation_function="gelu", scale_embedding=False,
                max_source_positions=Code("num_frames // 2"), max_target_positions=448,
                pad_token_id=50256 if english else 50257, bos_token_id=50257,
                eos_token_id=50256 if english else 50257, decoder_start_token_id=50257 if english else 50258)


for hub_id, about, params, large in [
    ("openai/whisper-tiny.en", "Whisper tiny.en English speech recognizer (encoder-decoder)",
     whisper(384, 4, 6, 1536, 51864), False),
    ("openai/whisper-base.en", "Whisper base.en English speech recognizer (encoder-decoder)",
     whisper(512, 6, 8, 2048, 51864), False),
    ("openai/whisper-small.en", "Whisper small.en English speech recognizer (encoder-decoder)",
     whisper(768, 12, 12, 3072, 51864), False),
    ("openai/whisper-medium.en", "Whisper medium.en English speech recognizer (encoder-decoder)",
     whisper(1024, 24, 16, 4096, 51864), False),
    ("openai/whisper-large-v2", "Whisper large-v2 speech recognizer", whisper(1280, 32, 20, 5120, 51865), True),
    ("openai/whisper-large", "Whisper large (v1) speech recognizer", whisper(1280, 32, 20, 5120, 51865), True),
    ("distil-whisper/distil-large-v2", "Distil-Whisper large-v2 speech recognizer (32 encoder, 2 decoder layers)",
     whisper(1280, 32, 20, 5120, 51865, decoder_layers=2), False),
    ("distil-whisper/distil-medium.en", "Distil-Whisper medium.en English speech recognizer (24 encoder, 2 decoder layers)",
     whisper(1024, 24, 16, 4096, 51864, decoder_layers=2), False),
]:
    add(hub_id, AUDIO, "apache-2.0" if hub_id.startswith("openai") else "mit", about, "WhisperConfig",
        "WhisperForConditionalGeneration", "whisper", params, **({"one_layer": True} if large else {}))


def wav2vec2(hidden, layers, heads, inter, stable, conv_bias=None, **extra):
    """Wav2Vec2Config's (HuBERT's, WavLM's) published fields; ``stable``: the large layer-norm variant."""
    return dict(vocab_size=32, hidden_size=hidden, num_hidden_layers=layers, num_attention_heads=heads,
                intermediate_size=inter, hidden_act="gelu", feat_extract_activation="gelu",
                feat_extract_norm="layer" if stable else "group",
                conv_bias=stable if conv_bias is None else conv_bias, do_stable_layer_norm=stable,
                conv_dim=[512] * 7, conv_stride=[5, 2, 2, 2, 2, 2, 2], conv_kernel=[10, 3, 3, 3, 3, 2, 2],
                num_conv_pos_embeddings=128, num_conv_pos_embedding_groups=16, layer_norm_eps=1e-05, **extra)


W2V_BASE = (768, 12, 12, 3072)
W2V_LARGE = (1024, 24, 16, 4096)
for hub_id, about, config, model, params in [
    ("facebook/wav2vec2-base-100h", "wav2vec 2.0 base fine-tuned on LibriSpeech 100h (CTC speech recognizer)",
     "Wav2Vec2Config", "Wav2Vec2ForCTC", wav2vec2(*W2V_BASE, stable=False)),
    ("facebook/wav2vec2-large-960h", "wav2vec 2.0 large fine-tuned on LibriSpeech 960h (CTC speech recognizer)",
     "Wav2Vec2Config", "Wav2Vec2ForCTC", wav2vec2(*W2V_LARGE, stable=False)),
    ("facebook/wav2vec2-large-960h-lv60", "wav2vec 2.0 large (LibriVox 60k) fine-tuned on LibriSpeech 960h (CTC)",
     "Wav2Vec2Config", "Wav2Vec2ForCTC", wav2vec2(*W2V_LARGE, stable=True)),
    ("facebook/wav2vec2-large-xlsr-53", "wav2vec 2.0 XLSR-53 cross-lingual speech encoder (53 languages)",
     "Wav2Vec2Config", "Wav2Vec2Model", wav2vec2(*W2V_LARGE, stable=True)),
    ("facebook/hubert-large-ll60k", "HuBERT large speech encoder (LibriLight 60k, pre-trained)", "HubertConfig",
     "HubertModel", wav2vec2(*W2V_LARGE, stable=True)),
    ("microsoft/wavlm-base", "WavLM base speech encoder (gated relative position bias)", "WavLMConfig", "WavLMModel",
     wav2vec2(*W2V_BASE, stable=False, num_buckets=320, max_bucket_distance=800)),
    ("microsoft/wavlm-large", "WavLM large speech encoder (gated relative position bias)", "WavLMConfig", "WavLMModel",
     wav2vec2(*W2V_LARGE, stable=True, conv_bias=False, num_buckets=320, max_bucket_distance=800)),
]:
    add(hub_id, AUDIO, "apache-2.0" if hub_id.startswith("facebook") else "other", about, config, model, "audio",
        params)


# --- causal language models -----------------------------------------------------------------------

def rope(theta, **extra):
    return {"rope_type": "default", "rope_theta": theta, **extra}


LLAMA3_ROPE = {"rope_type": "llama3", "rope_theta": 500000.0, "factor": 8.0, "low_freq_factor": 1.0,
               "high_freq_factor": 4.0, "original_max_position_embeddings": 8192}


def llama(vocab, hidden, inter, layers, heads, kv, max_pos, rope_parameters, tie, bos, eos, eps=1e-05, **extra):
    """LlamaConfig's (MistralConfig's) published fields."""
    window = {"sliding_window": extra.pop("sliding_window")} if "sliding_window" in extra else {}
    return dict(vocab_size=vocab, hidden_size=hidden, intermediate_size=inter, num_hidden_layers=layers,
                num_attention_heads=heads, num_key_value_heads=kv, **extra, hidden_act="silu",
                max_position_embeddings=max_pos, rms_norm_eps=eps, rope_parameters=rope_parameters, **window,
                tie_word_embeddings=tie, bos_token_id=bos, eos_token_id=eos)


def add_lm(hub_id, license, about, config, model, params, one_layer=False):
    add(hub_id, GEN, license, about, config, model, "text", params, **({"one_layer": True} if one_layer else {}))


def add_llama(hub_id, license, about, params, one_layer=False):
    add_lm(hub_id, license, about, "LlamaConfig", "LlamaForCausalLM", params, one_layer)


add_llama("meta-llama/Llama-3.2-1B-Instruct", "llama3.2", "Llama 3.2 1B Instruct causal language model",
          llama(128256, 2048, 8192, 16, 32, 8, 131072, dict(LLAMA3_ROPE, factor=32.0), True, 128000,
                [128001, 128008, 128009], head_dim=64))
add_llama("meta-llama/Llama-3.2-3B", "llama3.2", "Llama 3.2 3B causal language model",
          llama(128256, 3072, 8192, 28, 24, 8, 131072, dict(LLAMA3_ROPE, factor=32.0), True, 128000, 128001,
                head_dim=128), one_layer=True)
add_llama("meta-llama/Llama-3.1-8B", "llama3.1", "Llama 3.1 8B causal language model",
          llama(128256, 4096, 14336, 32, 32, 8, 131072, LLAMA3_ROPE, False, 128000, 128001), one_layer=True)
add_llama("meta-llama/Meta-Llama-3-8B-Instruct", "llama3", "Llama 3 8B Instruct causal language model",
          llama(128256, 4096, 14336, 32, 32, 8, 8192, rope(500000.0), False, 128000, 128009), one_layer=True)
add_llama("meta-llama/Llama-2-7b-chat-hf", "llama2", "Llama 2 7B Chat causal language model",
          llama(32000, 4096, 11008, 32, 32, 32, 4096, rope(10000.0), False, 1, 2), one_layer=True)
add_llama("meta-llama/Llama-2-13b-chat-hf", "llama2", "Llama 2 13B Chat causal language model",
          llama(32000, 5120, 13824, 40, 40, 40, 4096, rope(10000.0), False, 1, 2), one_layer=True)
add_llama("meta-llama/CodeLlama-7b-hf", "llama2", "Code Llama 7B code-completion causal language model",
          llama(32016, 4096, 11008, 32, 32, 32, 16384, rope(1000000.0), False, 1, 2), one_layer=True)
add_llama("lmsys/vicuna-7b-v1.5", "llama2", "Vicuna 7B v1.5 chat causal language model (Llama 2 architecture)",
          llama(32000, 4096, 11008, 32, 32, 32, 4096, rope(10000.0), False, 1, 2), one_layer=True)
add_llama("deepseek-ai/DeepSeek-R1-Distill-Llama-8B", "mit",
          "DeepSeek-R1-Distill-Llama-8B reasoning model (Llama 3.1 architecture)",
          llama(128256, 4096, 14336, 32, 32, 8, 131072, LLAMA3_ROPE, False, 128000, 128001), one_layer=True)
add_llama("deepseek-ai/deepseek-coder-1.3b-instruct", "other",
          "DeepSeek-Coder 1.3B Instruct code causal language model (Llama architecture)",
          llama(32256, 2048, 5504, 24, 16, 16, 16384, {"rope_type": "linear", "rope_theta": 100000.0, "factor": 4.0},
                False, 32013, 32021, eps=1e-06))
add_llama("TinyLlama/TinyLlama_v1.1", "apache-2.0", "TinyLlama v1.1 1.1B causal language model (Llama architecture)",
          llama(32000, 2048, 5632, 22, 32, 4, 2048, rope(10000.0), False, 1, 2))
add_llama("HuggingFaceTB/SmolLM2-135M-Instruct", "apache-2.0",
          "SmolLM2-135M-Instruct causal language model (Llama architecture)",
          llama(49152, 576, 1536, 30, 9, 3, 8192, rope(100000.0), True, 1, 2))
add_llama("HuggingFaceTB/SmolLM2-360M", "apache-2.0", "SmolLM2-360M causal language model (Llama architecture)",
          llama(49152, 960, 2560, 32, 15, 5, 8192, rope(100000.0), True, 0, 0))
add_llama("HuggingFaceTB/SmolLM2-1.7B", "apache-2.0", "SmolLM2-1.7B causal language model (Llama architecture)",
          llama(49152, 2048, 8192, 24, 32, 32, 8192, rope(130000.0), True, 0, 0), one_layer=True)
add_llama("HuggingFaceTB/SmolLM-135M", "apache-2.0", "SmolLM-135M causal language model (Llama architecture)",
          llama(49152, 576, 1536, 30, 9, 3, 2048, rope(10000.0), True, 0, 0))
add_llama("HuggingFaceTB/SmolLM-360M", "apache-2.0", "SmolLM-360M causal language model (Llama architecture)",
          llama(49152, 960, 2560, 32, 15, 5, 2048, rope(10000.0), True, 0, 0))


def add_mistral(hub_id, license, about, params, one_layer=True):
    add_lm(hub_id, license, about, "MistralConfig", "MistralForCausalLM", params, one_layer)


add_mistral("mistralai/Mistral-7B-Instruct-v0.1", "apache-2.0", "Mistral 7B Instruct v0.1 causal language model",
            llama(32000, 4096, 14336, 32, 32, 8, 32768, rope(10000.0), False, 1, 2, head_dim=128,
                  sliding_window=4096))
add_mistral("mistralai/Mistral-7B-Instruct-v0.3", "apache-2.0", "Mistral 7B Instruct v0.3 causal language model",
            llama(32768, 4096, 14336, 32, 32, 8, 32768, rope(1000000.0), False, 1, 2, head_dim=128,
                  sliding_window=None))
add_mistral("mistralai/Mistral-Nemo-Instruct-2407", "apache-2.0",
            "Mistral NeMo 12B Instruct causal language model",
            llama(131072, 5120, 14336, 40, 32, 8, 1024000, rope(1000000.0), False, 1, 2, head_dim=128,
                  sliding_window=None))
add_mistral("mistralai/Mistral-Small-24B-Instruct-2501", "apache-2.0",
            "Mistral Small 3 24B Instruct causal language model",
            llama(131072, 5120, 32768, 40, 32, 8, 32768, rope(100000000.0), False, 1, 2, head_dim=128,
                  sliding_window=None))
add_mistral("HuggingFaceH4/zephyr-7b-beta", "mit", "Zephyr 7B beta chat causal language model (Mistral architecture)",
            llama(32000, 4096, 14336, 32, 32, 8, 32768, rope(10000.0), False, 1, 2, head_dim=128,
                  sliding_window=4096))
add_mistral("teknium/OpenHermes-2.5-Mistral-7B", "apache-2.0",
            "OpenHermes 2.5 chat causal language model (Mistral 7B architecture)",
            llama(32002, 4096, 14336, 32, 32, 8, 32768, rope(10000.0), False, 1, 32000, head_dim=128,
                  sliding_window=4096))
add_lm("mistralai/Mixtral-8x7B-Instruct-v0.1", "apache-2.0",
       "Mixtral 8x7B Instruct sparse mixture-of-experts causal language model (8 experts, 2 a token)",
       "MixtralConfig", "MixtralForCausalLM",
       dict(llama(32000, 4096, 14336, 32, 32, 8, 32768, rope(1000000.0), False, 1, 2, head_dim=128,
                  sliding_window=None), num_local_experts=8, num_experts_per_tok=2), one_layer=True)


def qwen2(vocab, hidden, inter, layers, heads, kv, max_pos, theta, tie, bos, eos):
    """Qwen2Config's published fields."""
    return dict(vocab_size=vocab, hidden_size=hidden, intermediate_size=inter, num_hidden_layers=layers,
                num_attention_heads=heads, num_key_value_heads=kv, hidden_act="silu", max_position_embeddings=max_pos,
                rms_norm_eps=1e-06, rope_parameters=rope(theta), use_sliding_window=False, tie_word_embeddings=tie,
                bos_token_id=bos, eos_token_id=eos)


def add_qwen2(hub_id, license, about, params, one_layer):
    add_lm(hub_id, license, about, "Qwen2Config", "Qwen2ForCausalLM", params, one_layer)


QWEN_1_5B = (151936, 1536, 8960, 28, 12, 2)
QWEN_3B = (151936, 2048, 11008, 36, 16, 2)
QWEN_7B = (152064, 3584, 18944, 28, 28, 4)
QWEN_14B = (152064, 5120, 13824, 48, 40, 8)
QWEN_32B = (152064, 5120, 27648, 64, 40, 8)
add_qwen2("Qwen/Qwen2.5-1.5B", "apache-2.0", "Qwen2.5-1.5B causal language model",
          qwen2(*QWEN_1_5B, 131072, 1000000.0, True, 151643, 151643), True)
add_qwen2("Qwen/Qwen2.5-3B", "other", "Qwen2.5-3B causal language model",
          qwen2(*QWEN_3B, 32768, 1000000.0, True, 151643, 151643), True)
add_qwen2("Qwen/Qwen2.5-7B", "apache-2.0", "Qwen2.5-7B causal language model",
          qwen2(*QWEN_7B, 131072, 1000000.0, False, 151643, 151643), True)
add_qwen2("Qwen/Qwen2.5-14B-Instruct", "apache-2.0", "Qwen2.5-14B-Instruct causal language model",
          qwen2(*QWEN_14B, 32768, 1000000.0, False, 151643, 151645), True)
add_qwen2("Qwen/Qwen2.5-32B-Instruct", "apache-2.0", "Qwen2.5-32B-Instruct causal language model",
          qwen2(*QWEN_32B, 32768, 1000000.0, False, 151643, 151645), True)
add_qwen2("Qwen/Qwen2.5-Coder-1.5B-Instruct", "apache-2.0", "Qwen2.5-Coder-1.5B-Instruct code causal language model",
          qwen2(*QWEN_1_5B, 32768, 1000000.0, True, 151643, 151645), True)
add_qwen2("Qwen/Qwen2.5-Coder-7B-Instruct", "apache-2.0", "Qwen2.5-Coder-7B-Instruct code causal language model",
          qwen2(*QWEN_7B, 32768, 1000000.0, False, 151643, 151645), True)
add_qwen2("Qwen/Qwen2-0.5B", "apache-2.0", "Qwen2-0.5B causal language model",
          qwen2(151936, 896, 4864, 24, 14, 2, 131072, 1000000.0, True, 151643, 151643), False)
add_qwen2("Qwen/Qwen2-1.5B-Instruct", "apache-2.0", "Qwen2-1.5B-Instruct causal language model",
          qwen2(*QWEN_1_5B, 32768, 1000000.0, True, 151643, 151645), True)
add_qwen2("Qwen/Qwen2-7B-Instruct", "apache-2.0", "Qwen2-7B-Instruct causal language model",
          qwen2(*QWEN_7B, 32768, 1000000.0, False, 151643, 151645), True)
add_qwen2("deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", "mit",
          "DeepSeek-R1-Distill-Qwen-7B reasoning model (Qwen2 architecture)",
          qwen2(*QWEN_7B, 131072, 10000.0, False, 151646, 151643), True)
add_qwen2("deepseek-ai/DeepSeek-R1-Distill-Qwen-14B", "mit",
          "DeepSeek-R1-Distill-Qwen-14B reasoning model (Qwen2 architecture)",
          qwen2(*QWEN_14B, 131072, 1000000.0, False, 151646, 151643), True)
add_qwen2("deepseek-ai/DeepSeek-R1-Distill-Qwen-32B", "mit",
          "DeepSeek-R1-Distill-Qwen-32B reasoning model (Qwen2 architecture)",
          qwen2(*QWEN_32B, 131072, 1000000.0, False, 151646, 151643), True)


def qwen3(hidden, inter, layers, heads, kv, tie, vocab=151936):
    """Qwen3Config's published fields."""
    return dict(vocab_size=vocab, hidden_size=hidden, intermediate_size=inter, num_hidden_layers=layers,
                num_attention_heads=heads, num_key_value_heads=kv, head_dim=128, hidden_act="silu",
                max_position_embeddings=40960, rms_norm_eps=1e-06, rope_parameters=rope(1000000.0),
                attention_bias=False, tie_word_embeddings=tie, bos_token_id=151643, eos_token_id=151645)


add_lm("Qwen/Qwen3-14B", "apache-2.0", "Qwen3-14B causal language model", "Qwen3Config", "Qwen3ForCausalLM",
       qwen3(5120, 17408, 40, 40, 8, False), one_layer=True)
add_lm("Qwen/Qwen3-32B", "apache-2.0", "Qwen3-32B causal language model", "Qwen3Config", "Qwen3ForCausalLM",
       qwen3(5120, 25600, 64, 64, 8, False), one_layer=True)
add("Qwen/Qwen3-Embedding-0.6B", NLP, "apache-2.0", "Qwen3-Embedding-0.6B text embedder (Qwen3 decoder, last token)",
    "Qwen3Config", "Qwen3Model", "text", dict(qwen3(1024, 3072, 28, 16, 8, True), max_position_embeddings=32768))
add_lm("Qwen/Qwen3-30B-A3B", "apache-2.0",
       "Qwen3-30B-A3B mixture-of-experts causal language model (128 experts, 8 a token)", "Qwen3MoeConfig",
       "Qwen3MoeForCausalLM",
       dict(vocab_size=151936, hidden_size=2048, intermediate_size=6144, moe_intermediate_size=768,
            num_hidden_layers=48, num_attention_heads=32, num_key_value_heads=4, head_dim=128, num_experts=128,
            num_experts_per_tok=8, norm_topk_prob=True, hidden_act="silu", max_position_embeddings=40960,
            rms_norm_eps=1e-06, rope_parameters=rope(1000000.0), attention_bias=False, tie_word_embeddings=False,
            bos_token_id=151643, eos_token_id=151645), one_layer=True)


def gemma2(hidden, inter, layers, heads, kv, head_dim, scalar):
    """Gemma2Config's published fields."""
    return dict(vocab_size=256000, hidden_size=hidden, intermediate_size=inter, num_hidden_layers=layers,
                num_attention_heads=heads, num_key_value_heads=kv, head_dim=head_dim,
                hidden_activation="gelu_pytorch_tanh", max_position_embeddings=8192, rms_norm_eps=1e-06,
                rope_parameters=rope(10000.0), query_pre_attn_scalar=scalar, sliding_window=4096,
                attn_logit_softcapping=50.0, final_logit_softcapping=30.0, tie_word_embeddings=True, pad_token_id=0,
                bos_token_id=2, eos_token_id=[1, 107])


add_lm("google/gemma-2-2b", "gemma", "Gemma 2 2B causal language model", "Gemma2Config", "Gemma2ForCausalLM",
       dict(gemma2(2304, 9216, 26, 8, 4, 256, 256), eos_token_id=1), one_layer=True)
add_lm("google/gemma-2-9b-it", "gemma", "Gemma 2 9B instruct causal language model", "Gemma2Config",
       "Gemma2ForCausalLM", gemma2(3584, 14336, 42, 16, 8, 256, 256), one_layer=True)
add_lm("google/gemma-2-27b-it", "gemma", "Gemma 2 27B instruct causal language model", "Gemma2Config",
       "Gemma2ForCausalLM", gemma2(4608, 36864, 46, 32, 16, 128, 144), one_layer=True)
add_lm("google/gemma-7b", "gemma", "Gemma 7B causal language model", "GemmaConfig", "GemmaForCausalLM",
       dict(vocab_size=256000, hidden_size=3072, intermediate_size=24576, num_hidden_layers=28, num_attention_heads=16,
            num_key_value_heads=16, head_dim=256, hidden_act="gelu_pytorch_tanh", max_position_embeddings=8192,
            rms_norm_eps=1e-06, rope_parameters=rope(10000.0), tie_word_embeddings=True, pad_token_id=0,
            bos_token_id=2, eos_token_id=1), one_layer=True)


def gemma3(hidden, inter, layers, heads, kv, eos):
    """Gemma3TextConfig's published fields for the text-only Gemma 3 checkpoints."""
    return dict(vocab_size=262144, hidden_size=hidden, intermediate_size=inter, num_hidden_layers=layers,
                num_attention_heads=heads, num_key_value_heads=kv, head_dim=256,
                hidden_activation="gelu_pytorch_tanh", max_position_embeddings=32768, rms_norm_eps=1e-06,
                query_pre_attn_scalar=256, sliding_window=512,
                layer_types=Code(f'["full_attention" if (i + 1) % 6 == 0 else "sliding_attention" for i in range({layers})]'),
                rope_parameters={"sliding_attention": rope(10000.0), "full_attention": rope(1000000.0)},
                attn_logit_softcapping=None, final_logit_softcapping=None, tie_word_embeddings=True, pad_token_id=0,
                bos_token_id=2, eos_token_id=eos)


add_lm("google/gemma-3-1b-pt", "gemma", "Gemma 3 1B pre-trained causal language model (5:1 local/global attention)",
       "Gemma3TextConfig", "Gemma3ForCausalLM", gemma3(1152, 6912, 26, 4, 1, 1))
add_lm("google/gemma-3-270m", "gemma", "Gemma 3 270M causal language model (5:1 local/global attention)",
       "Gemma3TextConfig", "Gemma3ForCausalLM", gemma3(640, 2048, 18, 4, 1, 1))


def phi(hidden, inter, layers, heads):
    """PhiConfig's published fields (phi-1, phi-1.5, phi-2)."""
    return dict(vocab_size=51200, hidden_size=hidden, intermediate_size=inter, num_hidden_layers=layers,
                num_attention_heads=heads, num_key_value_heads=heads, hidden_act="gelu_new",
                max_position_embeddings=2048, layer_norm_eps=1e-05,
                rope_parameters=rope(10000.0, partial_rotary_factor=0.5), tie_word_embeddings=False,
                bos_token_id=50256, eos_token_id=50256)


add_lm("microsoft/phi-1", "mit", "Phi-1 (1.3B) Python code causal language model", "PhiConfig", "PhiForCausalLM",
       phi(2048, 8192, 24, 32))
add_lm("microsoft/phi-4", "mit", "Phi-4 (14B) causal language model", "Phi3Config", "Phi3ForCausalLM",
       dict(vocab_size=100352, hidden_size=5120, intermediate_size=17920, num_hidden_layers=40,
            num_attention_heads=40, num_key_value_heads=10, hidden_act="silu", max_position_embeddings=16384,
            original_max_position_embeddings=16384, rms_norm_eps=1e-05, rope_parameters=rope(250000.0),
            sliding_window=None, tie_word_embeddings=False, bos_token_id=100257, eos_token_id=100265,
            pad_token_id=100349), one_layer=True)


def gpt_neox(hidden, layers, heads, vocab=50304):
    """GPTNeoXConfig's published fields for the Pythia suite."""
    return dict(vocab_size=vocab, hidden_size=hidden, num_hidden_layers=layers, num_attention_heads=heads,
                intermediate_size=4 * hidden, hidden_act="gelu", max_position_embeddings=2048, layer_norm_eps=1e-05,
                rope_parameters=rope(10000.0, partial_rotary_factor=0.25), use_parallel_residual=True,
                tie_word_embeddings=False, bos_token_id=0, eos_token_id=0)


for hub_id, about, params, big in [
    ("EleutherAI/pythia-14m", "Pythia-14m (GPT-NeoX) causal language model", gpt_neox(128, 6, 4, vocab=50304), False),
    ("EleutherAI/pythia-31m", "Pythia-31m (GPT-NeoX) causal language model", gpt_neox(256, 6, 8, vocab=50304), False),
    ("EleutherAI/pythia-70m-deduped", "Pythia-70m deduplicated (GPT-NeoX) causal language model",
     gpt_neox(512, 6, 8), False),
    ("EleutherAI/pythia-160m-deduped", "Pythia-160m deduplicated (GPT-NeoX) causal language model",
     gpt_neox(768, 12, 12), False),
    ("EleutherAI/pythia-1.4b", "Pythia-1.4b (GPT-NeoX) causal language model", gpt_neox(2048, 24, 16), False),
    ("EleutherAI/pythia-2.8b", "Pythia-2.8b (GPT-NeoX) causal language model", gpt_neox(2560, 32, 32, vocab=50304),
     True),
    ("EleutherAI/pythia-6.9b", "Pythia-6.9b (GPT-NeoX) causal language model", gpt_neox(4096, 32, 32, vocab=50432),
     True),
]:
    add_lm(hub_id, "apache-2.0", about, "GPTNeoXConfig", "GPTNeoXForCausalLM", params, big)


def opt(hidden, layers, heads, ffn):
    """OPTConfig's published fields."""
    return dict(vocab_size=50272, hidden_size=hidden, num_hidden_layers=layers, num_attention_heads=heads,
                ffn_dim=ffn, max_position_embeddings=2048, word_embed_proj_dim=hidden, do_layer_norm_before=True,
                activation_function="relu", pad_token_id=1, bos_token_id=2, eos_token_id=2)


add_lm("facebook/opt-2.7b", "other", "OPT-2.7b causal language model", "OPTConfig", "OPTForCausalLM",
       opt(2560, 32, 32, 10240), one_layer=True)
add_lm("facebook/opt-6.7b", "other", "OPT-6.7b causal language model", "OPTConfig", "OPTForCausalLM",
       opt(4096, 32, 32, 16384), one_layer=True)


def bloom(hidden, layers, heads):
    """BloomConfig's published fields."""
    return dict(vocab_size=250880, hidden_size=hidden, n_layer=layers, n_head=heads, layer_norm_epsilon=1e-05,
                bos_token_id=1, eos_token_id=2, pad_token_id=3)


for hub_id, about, params, big in [
    ("bigscience/bloomz-560m", "BLOOMZ-560m multitask-finetuned multilingual causal language model (ALiBi positions)",
     bloom(1024, 24, 16), False),
    ("bigscience/bloom-1b1", "BLOOM-1b1 multilingual causal language model (ALiBi positions)", bloom(1536, 24, 16),
     False),
    ("bigscience/bloom-1b7", "BLOOM-1b7 multilingual causal language model (ALiBi positions)", bloom(2048, 24, 16),
     True),
    ("bigscience/bloom-3b", "BLOOM-3b multilingual causal language model (ALiBi positions)", bloom(2560, 30, 32),
     True),
    ("bigscience/bloom-7b1", "BLOOM-7b1 multilingual causal language model (ALiBi positions)", bloom(4096, 30, 32),
     True),
]:
    add_lm(hub_id, "bigscience-bloom-rail-1.0", about, "BloomConfig", "BloomForCausalLM", params, big)


def gpt2(embd, layers, heads):
    """GPT2Config's published fields."""
    return dict(vocab_size=50257, n_positions=1024, n_embd=embd, n_layer=layers, n_head=heads,
                activation_function="gelu_new", layer_norm_epsilon=1e-05, bos_token_id=50256, eos_token_id=50256)


add_lm("microsoft/DialoGPT-small", "mit", "DialoGPT small conversational causal language model (GPT-2 small)",
       "GPT2Config", "GPT2LMHeadModel", gpt2(768, 12, 12))
add_lm("microsoft/DialoGPT-large", "mit", "DialoGPT large conversational causal language model (GPT-2 large)",
       "GPT2Config", "GPT2LMHeadModel", gpt2(1280, 36, 20))
add_lm("EleutherAI/gpt-j-6b", "apache-2.0", "GPT-J 6B causal language model (parallel attention, rotary positions)",
       "GPTJConfig", "GPTJForCausalLM",
       dict(vocab_size=50400, n_positions=2048, n_embd=4096, n_layer=28, n_head=16, rotary_dim=64,
            activation_function="gelu_new", layer_norm_epsilon=1e-05, tie_word_embeddings=False, bos_token_id=50256,
            eos_token_id=50256), one_layer=True)
add_lm("tiiuae/falcon-7b-instruct", "apache-2.0",
       "Falcon-7B-Instruct causal language model (multi-query, parallel attention)", "FalconConfig",
       "FalconForCausalLM",
       dict(vocab_size=65024, hidden_size=4544, num_hidden_layers=32, num_attention_heads=71, multi_query=True,
            parallel_attn=True, new_decoder_architecture=False, bias=False, alibi=False, layer_norm_epsilon=1e-05,
            max_position_embeddings=2048, rope_parameters=rope(10000.0), bos_token_id=11, eos_token_id=11),
       one_layer=True)
add_lm("bigcode/starcoder2-3b", "bigcode-openrail-m", "StarCoder2-3B code causal language model", "Starcoder2Config",
       "Starcoder2ForCausalLM",
       dict(vocab_size=49152, hidden_size=3072, intermediate_size=12288, num_hidden_layers=30, num_attention_heads=24,
            num_key_value_heads=2, hidden_act="gelu_pytorch_tanh", max_position_embeddings=16384, norm_epsilon=1e-05,
            rope_parameters=rope(999999.4420358813), sliding_window=4096, use_bias=True, tie_word_embeddings=True,
            bos_token_id=0, eos_token_id=0), one_layer=True)
add_lm("Salesforce/codegen-350M-mono", "bsd-3-clause", "CodeGen-350M-mono Python code causal language model",
       "CodeGenConfig", "CodeGenForCausalLM",
       dict(vocab_size=51200, n_positions=2048, n_ctx=2048, n_embd=1024, n_layer=20, n_head=16, rotary_dim=32,
            activation_function="gelu_new", layer_norm_epsilon=1e-05, tie_word_embeddings=False, bos_token_id=1,
            eos_token_id=50256))
add_lm("stabilityai/stablelm-2-1_6b", "other", "StableLM 2 1.6B multilingual causal language model",
       "StableLmConfig", "StableLmForCausalLM",
       dict(vocab_size=100352, hidden_size=2048, intermediate_size=5632, num_hidden_layers=24, num_attention_heads=32,
            num_key_value_heads=32, hidden_act="silu", max_position_embeddings=4096, layer_norm_eps=1e-05,
            rope_parameters=rope(10000.0, partial_rotary_factor=0.25), use_qkv_bias=True, tie_word_embeddings=False,
            bos_token_id=100257, eos_token_id=100257), one_layer=True)
add_lm("allenai/OLMo-1B-hf", "apache-2.0", "OLMo 1B fully open causal language model", "OlmoConfig",
       "OlmoForCausalLM",
       dict(vocab_size=50304, hidden_size=2048, intermediate_size=8192, num_hidden_layers=16, num_attention_heads=16,
            num_key_value_heads=16, hidden_act="silu", max_position_embeddings=2048, rope_parameters=rope(10000.0),
            clip_qkv=None, tie_word_embeddings=True, pad_token_id=1, bos_token_id=None, eos_token_id=50279))
