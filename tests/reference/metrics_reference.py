"""Independent reference for the C# FID, Inception Score and KID.

Draws fixed feature sets and class probabilities with numpy, computes the three metrics the
usual way (the FID with pytorch-fid's formula around scipy.linalg.sqrtm, the Inception Score as
in the original implementation, the KID as the unbiased polynomial-kernel MMD) and writes the
inputs and the results to a JSON fixture, so the C# tests need no Python.

Run from the repository root (Debian: apt-get install python3-scipy python3-numpy):
    /usr/bin/python3 tests/reference/metrics_reference.py tests/GanNotebooks.Tests/Metrics/Fixtures

With --time it instead times statistics plus distance at 2,048 dimensions and 10,000 samples:
    /usr/bin/python3 tests/reference/metrics_reference.py --time
"""
import json
import os
import sys
import time

import numpy as np
from scipy import linalg


def statistics(x):
    return np.mean(x, axis=0), np.cov(x, rowvar=False)


def frechet_distance(mu1, sigma1, mu2, sigma2, eps=1e-6):
    """pytorch-fid's calculate_frechet_distance."""
    diff = mu1 - mu2
    covmean, _ = linalg.sqrtm(sigma1.dot(sigma2), disp=False)
    if not np.isfinite(covmean).all():
        offset = np.eye(sigma1.shape[0]) * eps
        covmean = linalg.sqrtm((sigma1 + offset).dot(sigma2 + offset))
    if np.iscomplexobj(covmean):
        if not np.allclose(np.diagonal(covmean).imag, 0, atol=1e-3):
            raise ValueError("Imaginary component {}".format(np.max(np.abs(covmean.imag))))
        covmean = covmean.real
    return float(diff.dot(diff) + np.trace(sigma1) + np.trace(sigma2) - 2 * np.trace(covmean))


def inception_score(p, splits):
    """The original implementation's formula, without shuffling; N must divide by splits."""
    scores = []
    size = p.shape[0] // splits
    for k in range(splits):
        part = p[k * size:(k + 1) * size]
        marginal = np.mean(part, axis=0, keepdims=True)
        kl = part * (np.log(part) - np.log(marginal))
        scores.append(np.exp(np.mean(np.sum(kl, axis=1))))
    return float(np.mean(scores)), float(np.std(scores)), [float(s) for s in scores]


def kid_one_subset(x, y):
    """Unbiased MMD² with k(a, b) = (a.b / d + 1)^3 on the whole of two equal-sized sets."""
    d = x.shape[1]
    m = x.shape[0]
    kxx = (x @ x.T / d + 1) ** 3
    kyy = (y @ y.T / d + 1) ** 3
    kxy = (x @ y.T / d + 1) ** 3
    within = (kxx.sum() - np.trace(kxx) + kyy.sum() - np.trace(kyy)) / (m * (m - 1))
    return float(within - 2 * kxy.sum() / (m * m))


def softmax(logits):
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def write_fixture(folder):
    rng = np.random.default_rng(20261204)
    dim = 16
    mixing_a = rng.normal(size=(dim, dim)) / np.sqrt(dim)
    mixing_b = mixing_a + 0.3 * rng.normal(size=(dim, dim)) / np.sqrt(dim)
    first = rng.normal(size=(300, dim)) @ mixing_a + 0.5
    second = rng.normal(size=(250, dim)) @ mixing_b + rng.normal(size=dim) * 0.2 + 0.5

    mu1, sigma1 = statistics(first)
    mu2, sigma2 = statistics(second)
    probabilities = softmax(rng.normal(size=(40, 5)) * 2.0)
    is_one = inception_score(probabilities, 1)
    is_four = inception_score(probabilities, 4)

    fixture = {
        "first": first.tolist(),
        "second": second.tolist(),
        "fid": frechet_distance(mu1, sigma1, mu2, sigma2),
        "mean_term": float((mu1 - mu2).dot(mu1 - mu2)),
        "first_mean": mu1.tolist(),
        "first_covariance_diagonal": np.diagonal(sigma1).tolist(),
        "probabilities": probabilities.tolist(),
        "is_one_split": is_one[0],
        "is_four_splits": {"mean": is_four[0], "std": is_four[1], "scores": is_four[2]},
        "kid_first_250_second_250": kid_one_subset(first[:250], second[:250]),
        "versions": {"numpy": np.__version__, "scipy": __import__("scipy").__version__},
    }
    path = os.path.join(folder, "metrics-reference.json")
    with open(path, "w") as f:
        json.dump(fixture, f, indent=1)
    print("wrote", path, "FID", fixture["fid"])


def time_reference():
    rng = np.random.default_rng(1)
    dim, count = 2048, 10000
    first = rng.normal(size=(count, dim)).astype(np.float32)
    second = (rng.normal(size=(count, dim)) * 1.1 + 0.1).astype(np.float32)
    start = time.perf_counter()
    mu1, sigma1 = statistics(first.astype(np.float64))
    mu2, sigma2 = statistics(second.astype(np.float64))
    middle = time.perf_counter()
    fid = frechet_distance(mu1, sigma1, mu2, sigma2)
    end = time.perf_counter()
    print(f"scipy FID {fid:.6f} | statistics {middle - start:.2f} s | "
          f"distance {end - middle:.2f} s | total {end - start:.2f} s")


if __name__ == "__main__":
    if sys.argv[1:] == ["--time"]:
        time_reference()
    else:
        write_fixture(sys.argv[1])
