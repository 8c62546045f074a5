"""Independent reference for the C# port of the FID Inception v3.

Builds the FID variant of Inception v3 from torchvision's blocks, fills every tensor of its
state dict from a fixed integer formula (SplitMix64 seeded by the FNV-1a hash of the key), runs
a few deterministic 28x28 images through it and writes the features, the output of every block
and the Inception Score's class probabilities to a JSON fixture. The C# tests rebuild the same
weights from the same formula, so only the small fixture is committed, never the 95 MB weight
file.

It also writes two tiny state dicts with PyTorch's own torch.save (zip and legacy formats), to
check that the C# reader understands files that PyTorch really writes.

Run from the repository root (Debian: apt-get install python3-torch python3-torchvision):
    /usr/bin/python3 tests/reference/fid_inception_reference.py \
        tests/GanNotebooks.Tests/Metrics/Extractors/Fixtures [full-state-dict.pth]
"""
import json
import math
import os
import sys

import numpy as np
import torch
import torch.nn.functional as F
from torchvision.models import inception as tv

MASK = (1 << 64) - 1


def key_seed(key):
    """FNV-1a, 64 bits, over the key's ASCII bytes."""
    h = 0xCBF29CE484222325
    for byte in key.encode("ascii"):
        h = ((h ^ byte) * 0x100000001B3) & MASK
    return h


def uniform(key, count):
    """count values in [-1, 1): the SplitMix64 stream seeded by key_seed(key)."""
    with np.errstate(over="ignore"):
        z = np.uint64(key_seed(key)) + np.arange(1, count + 1, dtype=np.uint64) * np.uint64(
            0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    unit = (z >> np.uint64(11)).astype(np.float64) * (1.0 / 9007199254740992.0)
    return 2.0 * unit - 1.0


def synthetic_value(key, shape):
    """The weight formula both sides compute: He-scaled convolutions, BN near identity."""
    count = int(np.prod(shape)) if len(shape) > 0 else 1
    v = uniform(key, count)
    if key.endswith("num_batches_tracked"):
        return np.zeros(shape, dtype=np.int64)
    if key.endswith("running_var"):
        v = 1.0 + 0.25 * v
    elif key.endswith("running_mean") or key.endswith("bias"):
        v = 0.1 * v
    elif key.endswith("bn.weight"):
        v = 1.0 + 0.1 * v
    else:
        fan_in = count // shape[0]
        v = v * math.sqrt(6.0 / fan_in)
    return v.astype(np.float32).reshape(shape)


def fill(module):
    state = module.state_dict()
    for key, tensor in state.items():
        value = synthetic_value(key, tuple(tensor.shape))
        tensor.copy_(torch.from_numpy(value))
    return module


class TfBlockA(tv.InceptionA):
    """InceptionA whose pool branch averages over valid pixels only, as TensorFlow does."""

    def _forward(self, x):
        pooled = F.avg_pool2d(x, 3, stride=1, padding=1, count_include_pad=False)
        branches = [
            self.branch1x1(x),
            self.branch5x5_2(self.branch5x5_1(x)),
            self.branch3x3dbl_3(self.branch3x3dbl_2(self.branch3x3dbl_1(x))),
            self.branch_pool(pooled),
        ]
        return branches


class TfBlockC(tv.InceptionC):
    """InceptionC with TensorFlow's average pool."""

    def _forward(self, x):
        seven = self.branch7x7_3(self.branch7x7_2(self.branch7x7_1(x)))
        double = x
        for layer in (self.branch7x7dbl_1, self.branch7x7dbl_2, self.branch7x7dbl_3,
                      self.branch7x7dbl_4, self.branch7x7dbl_5):
            double = layer(double)
        pooled = F.avg_pool2d(x, 3, stride=1, padding=1, count_include_pad=False)
        return [self.branch1x1(x), seven, double, self.branch_pool(pooled)]


class TfBlockE(tv.InceptionE):
    """InceptionE with TensorFlow's average pool, or a max pool in the last block."""

    def __init__(self, in_channels, use_max_pool):
        super().__init__(in_channels)
        self.use_max_pool = use_max_pool

    def _forward(self, x):
        mid = self.branch3x3_1(x)
        three = torch.cat([self.branch3x3_2a(mid), self.branch3x3_2b(mid)], 1)
        mid = self.branch3x3dbl_2(self.branch3x3dbl_1(x))
        double = torch.cat([self.branch3x3dbl_3a(mid), self.branch3x3dbl_3b(mid)], 1)
        if self.use_max_pool:
            pooled = F.max_pool2d(x, 3, stride=1, padding=1)
        else:
            pooled = F.avg_pool2d(x, 3, stride=1, padding=1, count_include_pad=False)
        return [self.branch1x1(x), three, double, self.branch_pool(pooled)]


def build_fid_inception():
    net = tv.inception_v3(weights=None, aux_logits=False, num_classes=1008, init_weights=False)
    net.Mixed_5b = TfBlockA(192, 32)
    net.Mixed_5c = TfBlockA(256, 64)
    net.Mixed_5d = TfBlockA(288, 64)
    net.Mixed_6b = TfBlockC(768, 128)
    net.Mixed_6c = TfBlockC(768, 160)
    net.Mixed_6d = TfBlockC(768, 160)
    net.Mixed_6e = TfBlockC(768, 192)
    net.Mixed_7b = TfBlockE(1280, use_max_pool=False)
    net.Mixed_7c = TfBlockE(2048, use_max_pool=True)
    return net.eval()


def run_blocks(net, images):
    """Returns (name, output) for each stage, from the resized input to the pooled features."""
    x = images.repeat(1, 3, 1, 1)
    x = F.interpolate(x, size=(299, 299), mode="bilinear", align_corners=False)
    stages = [("resized", x)]
    order = [
        ("Conv2d_1a_3x3", net.Conv2d_1a_3x3), ("Conv2d_2a_3x3", net.Conv2d_2a_3x3),
        ("Conv2d_2b_3x3", net.Conv2d_2b_3x3), ("maxpool1", lambda t: F.max_pool2d(t, 3, 2)),
        ("Conv2d_3b_1x1", net.Conv2d_3b_1x1), ("Conv2d_4a_3x3", net.Conv2d_4a_3x3),
        ("maxpool2", lambda t: F.max_pool2d(t, 3, 2)),
    ] + [(name, getattr(net, name)) for name in (
        "Mixed_5b", "Mixed_5c", "Mixed_5d", "Mixed_6a", "Mixed_6b", "Mixed_6c", "Mixed_6d",
        "Mixed_6e", "Mixed_7a", "Mixed_7b", "Mixed_7c")]
    for name, stage in order:
        x = stage(x)
        stages.append((name, x))
    features = F.adaptive_avg_pool2d(x, (1, 1)).flatten(1)
    stages.append(("features", features))
    return stages


def score_probabilities(net, features):
    """The Inception Score's class probabilities as Salimans et al.'s code computes them: the pool
    features times the classifier's weight matrix, without its bias, softmax over all 1,008."""
    logits = features.double() @ net.fc.weight.double().t()
    return torch.softmax(logits, dim=1).float()


def test_images(count):
    """Deterministic images in [-1, 1]: a blend of smooth patterns and formula noise."""
    rows, cols = np.meshgrid(np.arange(28), np.arange(28), indexing="ij")
    images = []
    for n in range(count):
        noise = uniform("image%d" % n, 28 * 28).reshape(28, 28)
        wave = np.sin(rows * (0.2 + 0.1 * n)) * np.cos(cols * (0.15 + 0.05 * n))
        images.append(np.clip(0.6 * wave + 0.4 * noise, -1.0, 1.0))
    return torch.from_numpy(np.stack(images)[:, None].astype(np.float32))


def summary(tensor):
    """Per-image channel means plus the first 64 raw values: small, and layer for layer."""
    flat = tensor.reshape(tensor.shape[0], -1)
    means = tensor.mean(dim=(2, 3)) if tensor.dim() == 4 else tensor
    return {
        "shape": list(tensor.shape),
        "channel_means": means.tolist(),
        "first_values": flat[:, :64].tolist(),
    }


class TinyNet(torch.nn.Module):
    """A two-layer net with a BN, saved by torch.save to test the C# reader on real files."""

    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 4, 3, bias=False)
        self.bn = torch.nn.BatchNorm2d(4)
        self.fc = torch.nn.Linear(6, 5)


def main(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    torch.set_num_threads(2)
    net = fill(build_fid_inception())
    images = test_images(4)
    with torch.no_grad():
        stages = run_blocks(net, images)
    fixture = {
        "torch": torch.__version__,
        "keys": [[k, list(v.shape)] for k, v in net.state_dict().items()],
        "images": images.reshape(4, -1).tolist(),
        "stages": {name: summary(t) for name, t in stages},
        "features": stages[-1][1].tolist(),
        "probabilities": score_probabilities(net, stages[-1][1]).tolist(),
    }
    with open(os.path.join(out_dir, "fid-inception-reference.json"), "w") as f:
        json.dump(fixture, f, separators=(",", ":"))
    feats = stages[-1][1]
    print("features", tuple(feats.shape), "mean %.4f max %.4f" % (feats.mean(), feats.max()))

    if len(sys.argv) > 2:
        torch.save(net.state_dict(), sys.argv[2])
        print("full synthetic state dict written to", sys.argv[2])

    tiny = fill(TinyNet())
    torch.save(tiny.state_dict(), os.path.join(out_dir, "tiny-zip.pth"))
    torch.save(tiny.state_dict(), os.path.join(out_dir, "tiny-legacy.pth"),
               _use_new_zipfile_serialization=False)


if __name__ == "__main__":
    main(sys.argv[1])
