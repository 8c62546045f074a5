using TorchSharp;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Metrics.Extractors;

/// <summary>
/// Fills every tensor of a state dict from a fixed integer formula that
/// tests/reference/fid_inception_reference.py computes too: SplitMix64 seeded with the FNV-1a
/// hash of the key, scaled by the kind of tensor. Both sides get the same float32 weights
/// without a weight file passing between them.
/// </summary>
internal static class SyntheticWeights
{
    public static void Fill(nn.Module module)
    {
        using var noGrad = no_grad();
        foreach (var (key, target) in module.state_dict())
        {
            using var value = Value(key, target.shape);
            target.copy_(value);
        }
    }

    public static Tensor Value(string key, long[] shape)
    {
        long count = shape.Aggregate(1L, (a, b) => a * b);
        if (key.EndsWith("num_batches_tracked"))
        {
            return zeros(shape, ScalarType.Int64);
        }

        // value = offset + scale * u, u uniform in [-1, 1): BN near identity, He-scaled weights.
        var (offset, scale) = key switch
        {
            _ when key.EndsWith("running_var") => (1.0, 0.25),
            _ when key.EndsWith("running_mean") || key.EndsWith("bias") => (0.0, 0.1),
            _ when key.EndsWith("bn.weight") => (1.0, 0.1),
            _ => (0.0, Math.Sqrt(6.0 / (count / shape[0]))),
        };
        var uniform = Uniform(key, count);
        var values = new float[count];
        for (long i = 0; i < count; i++)
        {
            values[i] = (float)(offset + scale * uniform[i]);
        }
        return tensor(values).reshape(shape);
    }

    /// <summary>The SplitMix64 stream seeded by the key's FNV-1a hash, mapped to [-1, 1).</summary>
    public static double[] Uniform(string key, long count)
    {
        unchecked
        {
            ulong state = 0xCBF29CE484222325UL;
            foreach (char c in key)
            {
                state = (state ^ c) * 0x100000001B3UL;
            }

            var values = new double[count];
            for (long i = 0; i < count; i++)
            {
                state += 0x9E3779B97F4A7C15UL;
                ulong z = state;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                z ^= z >> 31;
                values[i] = 2.0 * ((z >> 11) * (1.0 / 9007199254740992.0)) - 1.0;
            }
            return values;
        }
    }
}
