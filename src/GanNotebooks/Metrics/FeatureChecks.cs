using static TorchSharp.torch;

namespace GanNotebooks.Metrics;

/// <summary>The guard clauses shared by the metrics: shape, sample count and finite values.</summary>
internal static class FeatureChecks
{
    /// <summary>Checks an N x D matrix of features or probabilities.</summary>
    /// <param name="values">The matrix.</param>
    /// <param name="argumentName">The argument name to report.</param>
    /// <param name="what">What a row holds, for messages ("features", "probabilities").</param>
    /// <exception cref="ArgumentException">Wrong rank or type, fewer than 2 rows, or a value
    /// that is NaN or infinite.</exception>
    public static void CheckMatrix(Tensor values, string argumentName, string what = "features")
    {
        ArgumentNullException.ThrowIfNull(values, argumentName);
        var shape = values.shape;
        if (shape.Length != 2 || shape[1] < 1)
        {
            throw new ArgumentException(
                $"Expected {what} shaped [N, D] with D >= 1, found [{string.Join(", ", shape)}].",
                argumentName);
        }
        if (shape[0] < 2)
        {
            throw new ArgumentException(
                $"Expected at least 2 samples of {what}, found {shape[0]}.", argumentName);
        }
        if (!values.is_floating_point())
        {
            throw new ArgumentException(
                $"Expected floating-point {what}, found {values.dtype}.", argumentName);
        }

        using var scope = NewDisposeScope();
        var bad = values.isfinite().logical_not();
        long count = bad.sum().item<long>();
        if (count > 0)
        {
            long first = bad.flatten().to_type(ScalarType.Int32).argmax().item<long>();
            throw new ArgumentException(
                $"Expected finite {what}, found {count} NaN or infinite values (the first at "
                + $"sample {first / shape[1]}, column {first % shape[1]}).", argumentName);
        }
    }

    /// <summary>Checks that two sets of vectors have the same length.</summary>
    /// <param name="first">Dimension of the first set.</param>
    /// <param name="second">Dimension of the second set.</param>
    /// <param name="argumentName">The argument name to report.</param>
    /// <exception cref="ArgumentException">They differ.</exception>
    public static void CheckSameDimension(long first, long second, string argumentName)
    {
        if (first != second)
        {
            throw new ArgumentException(
                $"Expected both sets to have the same feature dimension; the first has {first}, "
                + $"the second {second}.", argumentName);
        }
    }

    /// <summary>A seeded permutation of 0..count-1 (Fisher-Yates over SplitMix64).</summary>
    /// <param name="count">How many indices.</param>
    /// <param name="random">The generator, advanced in place.</param>
    /// <returns>The indices in shuffled order.</returns>
    public static long[] Permutation(int count, ref Data.SplitMix64 random)
    {
        var order = new long[count];
        for (int i = 0; i < count; i++) order[i] = i;
        for (int i = count - 1; i > 0; i--)
        {
            int j = random.NextBelow(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }
}
