"""Train fastText skip-gram vectors on the normalised corpus (one thread, fixed seed)."""

import sys
import time

import fasttext

t = time.time()
m = fasttext.train_unsupervised(
    sys.argv[1], model="skipgram", dim=int(sys.argv[3]) if len(sys.argv) > 3 else 100,
    ws=5, epoch=5, minCount=3, minn=3, maxn=5, neg=5, thread=1, verbose=1,
)
m.save_model(sys.argv[2])
print("words", len(m.words), "secs", time.time() - t)
