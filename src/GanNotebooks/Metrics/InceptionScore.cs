using static TorchSharp.torch;

namespace GanNotebooks.Metrics;

/// <summary>
/// The Inception Score: exp(E_x KL(p(y|x) || p(y))), high when each sample is classified with
/// confidence and the classes are used evenly. Its range is 1 to the number of classes.
/// </summary>
public static class InceptionScore
{
    private const double SumTolerance = 1e-3;

    /// <summary>
    /// Scores class probabilities over <paramref name="splits"/> parts of a seeded shuffle of the
    /// samples, and returns the mean and standard deviation of the parts' scores.
    /// </summary>
    /// <param name="probabilities">Class probabilities [N, K]: rows of non-negative values that
    /// sum to 1, N &gt;= 2, K &gt;= 2.</param>
    /// <param name="splits">How many parts, from 1 to N. The parts' sizes differ by at most one.</param>
    /// <param name="seed">Seeds the shuffle.</param>
    /// <param name="shuffle">False keeps the given order, as the original implementation does;
    /// on class-sorted samples each part then sees few classes and the score drops.</param>
    /// <returns>The mean, the standard deviation and each part's score.</returns>
    /// <exception cref="ArgumentException">The probabilities are malformed, negative, not
    /// finite, or a row does not sum to 1; or splits is out of range.</exception>
    public static InceptionScoreResult Compute(
        Tensor probabilities, int splits = 10, ulong seed = 0, bool shuffle = true)
    {
        FeatureChecks.CheckMatrix(probabilities, nameof(probabilities), "probabilities");
        int count = checked((int)probabilities.shape[0]);
        if (splits < 1 || splits > count)
        {
            throw new ArgumentOutOfRangeException(
                nameof(splits), splits, $"Expected from 1 to {count} splits (one per sample at most).");
        }

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var p = probabilities.detach().to_type(ScalarType.Float64);
        CheckDistributions(p, nameof(probabilities));

        var random = new Data.SplitMix64(seed);
        long[] order = shuffle
            ? FeatureChecks.Permutation(count, ref random)
            : [.. Enumerable.Range(0, count).Select(i => (long)i)];
        // NOTE: the original implementation gives every split N / splits samples and drops the
        // remainder; here the splits' sizes differ by at most one, so every sample counts.
        var scores = new double[splits];
        int start = 0;
        for (int k = 0; k < splits; k++)
        {
            int size = count / splits + (k < count % splits ? 1 : 0);
            var part = p.index_select(0, tensor(order[start..(start + size)]));
            scores[k] = Score(part);
            start += size;
        }

        double mean = scores.Average();
        double std = Math.Sqrt(scores.Select(s => (s - mean) * (s - mean)).Average());
        return new InceptionScoreResult(mean, std, scores.AsReadOnly(), count);
    }

    private static double Score(Tensor part)
    {
        var marginal = part.mean([0], keepdim: true);
        var terms = part * (part.log() - marginal.log());
        var divergence = where(part.gt(0), terms, zeros_like(terms)).sum(1).mean();
        return Math.Exp(divergence.item<double>());
    }

    private static void CheckDistributions(Tensor p, string argumentName)
    {
        if (p.shape[1] < 2)
        {
            throw new ArgumentException(
                $"Expected probabilities over at least 2 classes, found {p.shape[1]}.", argumentName);
        }
        double lowest = p.min().item<double>();
        if (lowest < 0)
        {
            throw new ArgumentException(
                $"Expected non-negative probabilities, found {lowest}.", argumentName);
        }
        var error = (p.sum(1) - 1).abs();
        double worst = error.max().item<double>();
        if (worst > SumTolerance)
        {
            long row = error.argmax().item<long>();
            throw new ArgumentException(
                $"Expected each row to sum to 1 (within {SumTolerance}), found row {row} off by "
                + $"{worst:G3}: pass softmax outputs, not logits.", argumentName);
        }
    }
}
