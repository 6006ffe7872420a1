"""Statistical Arabic named-entity recogniser (BiLSTM-CRF, numpy inference)."""

from sijill.names.ner.conll import read_conll, write_conll
from sijill.names.ner.metrics import entity_scores, format_report
from sijill.names.ner.tagger import NerTagger

__all__ = ["NerTagger", "entity_scores", "format_report", "read_conll", "write_conll"]
