"""The tagger's BiLSTM and output layer as one onnxruntime graph, built from the model's
numpy weights at load time (nothing extra is shipped).

The numpy recurrence in ``tagger._bilstm`` pays a dozen numpy calls per time step; the ONNX
``LSTM`` operator runs the whole batch of sentences, both directions, in compiled code. The
graph takes each distinct token's input features once (``feats``: U x D), the T x B token ids
of the padded batch and the B sentence lengths, and returns T x B x K emission scores.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

#: PyTorch stores the LSTM gates as i, f, g, o; ONNX wants i, o, f, c (c is PyTorch's g).
_TORCH_TO_ONNX_GATES = (0, 3, 1, 2)


def _onnx_gates(w: np.ndarray) -> np.ndarray:
    """Rows of a 4H x * PyTorch gate block reordered for ONNX."""
    blocks = np.split(w, 4, axis=0)
    return np.concatenate([blocks[g] for g in _TORCH_TO_ONNX_GATES], axis=0)


def build_graph(p: dict[str, np.ndarray]) -> bytes:
    """The serialised ONNX model of one ensemble member ``p`` (the tagger's weight names:
    ``f_wih`` ``f_whh`` ``f_b`` and the ``b_`` twins, 4H x D gates in PyTorch order,
    ``out_w`` K x 2H, ``out_b``)."""
    from onnx import TensorProto, helper, numpy_helper

    hid = p["f_whh"].shape[1]
    d_in = p["f_wih"].shape[1]
    n_tags = p["out_w"].shape[0]
    f32 = np.float32
    w = np.stack([_onnx_gates(p["f_wih"]), _onnx_gates(p["b_wih"])]).astype(f32)
    r = np.stack([_onnx_gates(p["f_whh"]), _onnx_gates(p["b_whh"])]).astype(f32)
    # The exported bias already sums PyTorch's input and recurrent biases: Rb is zero.
    zeros = np.zeros(4 * hid, dtype=f32)
    b = np.stack([np.concatenate([_onnx_gates(p["f_b"]), zeros]),
                  np.concatenate([_onnx_gates(p["b_b"]), zeros])]).astype(f32)
    inits = [
        numpy_helper.from_array(w, "W"), numpy_helper.from_array(r, "R"),
        numpy_helper.from_array(b, "B"),
        numpy_helper.from_array(np.ascontiguousarray(p["out_w"].T.astype(f32)), "out_w"),
        numpy_helper.from_array(p["out_b"].astype(f32), "out_b"),
        numpy_helper.from_array(np.array([0, 0, 2 * hid], dtype=np.int64), "shape_tb2h"),
    ]
    nodes = [
        helper.make_node("Gather", ["feats", "ids"], ["x"], axis=0),  # T x B x D
        helper.make_node("LSTM", ["x", "W", "R", "B", "lens"], ["y"],
                         direction="bidirectional", hidden_size=hid),  # T x 2 x B x H
        helper.make_node("Transpose", ["y"], ["y_t"], perm=[0, 2, 1, 3]),  # T x B x 2 x H
        helper.make_node("Reshape", ["y_t", "shape_tb2h"], ["h"]),  # T x B x 2H
        helper.make_node("MatMul", ["h", "out_w"], ["logits"]),
        helper.make_node("Add", ["logits", "out_b"], ["emissions"]),  # T x B x K
    ]
    graph = helper.make_graph(
        nodes, "ner_bilstm",
        [helper.make_tensor_value_info("feats", TensorProto.FLOAT, ["U", d_in]),
         helper.make_tensor_value_info("ids", TensorProto.INT64, ["T", "B"]),
         helper.make_tensor_value_info("lens", TensorProto.INT32, ["B"])],
        [helper.make_tensor_value_info("emissions", TensorProto.FLOAT, ["T", "B", n_tags])],
        initializer=inits,
    )
    # Opset 14: the LSTM operator as onnxruntime's CPU kernel implements it.
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14)])
    model.ir_version = 8
    return bytes(model.SerializeToString())


class OnnxBiLstm:
    """One ensemble member's BiLSTM + output layer in an onnxruntime session on one thread
    (the pipeline's parallelism is one document per worker process)."""

    def __init__(self, p: dict[str, np.ndarray]) -> None:
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        opts.log_severity_level = 3
        self._session: Any = ort.InferenceSession(build_graph(p), sess_options=opts,
                                                  providers=["CPUExecutionProvider"])

    def emissions(self, feats: np.ndarray, ids: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """B x T x K emission scores of B sentences of ``ids`` (B x T, padded, every length at
        least 1) into the distinct tokens' U x D input features ``feats``."""
        out = self._session.run(["emissions"], {
            "feats": np.ascontiguousarray(feats, dtype=np.float32),
            "ids": np.ascontiguousarray(ids.T, dtype=np.int64),
            "lens": lengths.astype(np.int32)})[0]
        result: np.ndarray = out.transpose(1, 0, 2)
        return result


def load_sessions(models: list[dict[str, np.ndarray]]) -> list[OnnxBiLstm] | None:
    """A session per ensemble member, or None when onnx or onnxruntime cannot build or load
    one (the tagger then runs its numpy recurrence)."""
    try:
        return [OnnxBiLstm(p) for p in models]
    except Exception as exc:  # noqa: BLE001 - any failure here means: use the numpy path
        log.info("NER tagger runs on numpy: onnxruntime unavailable (%s)", exc)
        return None
