#!/usr/bin/env python3
"""The comparison point for `bench`: one SD-flow step (src/site/markdown/algorithms.md §1-3) in NumPy, two ways.

  idiomatic: the obvious (N, M, d) broadcasting a NumPy user writes first.
  tuned:     what a careful NumPy user writes: one augmented GEMM for the softmax logits
             (‖x‖² cancels in the softmax), in-place max-subtraction and exp on cache-sized row
             blocks, one GEMM against [S, 1] for weighted sum and normaliser, two threads.
             (It uses the expanded distance form, which the project must not: it is a speed
             reference only, checked against the idiomatic step to 1e-9 here.)

Same data as `bench`: 25 Gaussians targets, offset-base particles pulled half-way in, fixed σ.
Prints one JSON line: {"n", "m", "sigma", "idiomatic_ms", "tuned_ms"} (medians).
Usage: python3 src/bench/numpy_sd_step.py [--n 2000] [--m 2000] [--sigma 0.2] [--repeat 15]
"""
import argparse, json, time
from concurrent.futures import ThreadPoolExecutor
import numpy as np


def targets_25(m, rng):
    mu = np.array([(2.0 * i, 2.0 * j) for i in range(-2, 3) for j in range(-2, 3)])
    return mu[rng.integers(25, size=m)] + 0.05 * rng.standard_normal((m, 2))


def step_idiomatic(X, Y, sigma, eta):
    def kmean(S):
        diff = X[:, None, :] - S[None, :, :]
        a = -np.sum(diff ** 2, axis=-1) / (2 * sigma ** 2)
        w = np.exp(a - a.max(axis=1, keepdims=True))
        w /= w.sum(axis=1, keepdims=True)
        return w @ S
    v = (kmean(Y) - kmean(X)) / sigma ** 2
    return X + eta * sigma ** 2 * v


class Tuned:
    def __init__(self, rows=64, threads=2):
        self.rows, self.pool, self.bufs = rows, ThreadPoolExecutor(threads), {}

    def _block(self, X1, Saug, S1, out, r, tid):
        c, m = r.stop - r.start, len(Saug)
        B = self.bufs.setdefault((tid, m), np.empty(self.rows * m))[:c * m].reshape(c, m)
        np.matmul(X1[r], Saug.T, out=B)
        B -= B.max(axis=1, keepdims=True)
        np.exp(B, out=B)
        R = B @ S1
        out[r] = R[:, :-1] / R[:, -1:]

    def kmean(self, X, S, sigma, out):
        n = len(X)
        X1 = np.hstack([X, np.ones((n, 1))])
        Saug = np.hstack([S / sigma ** 2, (-0.5 / sigma ** 2) * np.einsum('ij,ij->i', S, S)[:, None]])
        S1 = np.hstack([S, np.ones((len(S), 1))])
        blocks = [slice(s, min(n, s + self.rows)) for s in range(0, n, self.rows)]
        half = (len(blocks) + 1) // 2
        jobs = [self.pool.submit(lambda bl, t: [self._block(X1, Saug, S1, out, r, t) for r in bl], bl, t)
                for t, bl in enumerate((blocks[:half], blocks[half:]))]
        for j in jobs:
            j.result()

    def step(self, X, Y, sigma, eta):
        mp, mq = np.empty_like(X), np.empty_like(X)
        self.kmean(X, Y, sigma, mp)
        self.kmean(X, X, sigma, mq)
        return X + eta * (mp - mq)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--n', type=int, default=2000)
    ap.add_argument('--m', type=int, default=2000)
    ap.add_argument('--sigma', type=float, default=0.2)
    ap.add_argument('--repeat', type=int, default=15)
    a = ap.parse_args()
    rng = np.random.default_rng(0)
    Y = targets_25(a.m, rng)
    X = (np.array([3.0, -3.0]) + 0.5 * rng.standard_normal((a.n, 2))) * 0.5
    tuned = Tuned()
    xi, xt = step_idiomatic(X, Y, a.sigma, 0.5), tuned.step(X, Y, a.sigma, 0.5)
    err = np.max(np.abs(xi - xt)) / np.max(np.abs(xi))
    assert err < 1e-9, f'tuned and idiomatic steps differ: {err:.2e}'

    def median_ms(fn):
        ts = []
        for _ in range(a.repeat):
            t0 = time.perf_counter(); fn(X, Y, a.sigma, 0.5); ts.append(time.perf_counter() - t0)
        return round(1e3 * float(np.median(ts)), 3)
    print(json.dumps({'n': a.n, 'm': a.m, 'sigma': a.sigma,
                      'idiomatic_ms': median_ms(step_idiomatic), 'tuned_ms': median_ms(tuned.step)}))


if __name__ == '__main__':
    main()
