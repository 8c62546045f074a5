using static TorchSharp.torch;

namespace GanNotebooks.Metrics;

/// <summary>
/// The FID measured at several sample sizes and fitted as FID(N) = FID∞ + slope / N: the FID's
/// bias falls with 1/N, so the intercept estimates the value an infinite sample would give.
/// </summary>
/// <param name="Sizes">The sample sizes of the second set.</param>
/// <param name="Values">The FID at each size.</param>
/// <param name="Extrapolated">FID∞, the intercept of the fit in 1/N.</param>
/// <param name="Slope">The slope of the fit in 1/N.</param>
public sealed record SampleSizeTrend(int[] Sizes, double[] Values, double Extrapolated, double Slope)
{
    /// <summary>
    /// Computes the FID of the first N rows of a seeded shuffle of <paramref name="second"/>
    /// against all of <paramref name="first"/>, for each N, and fits the line in 1/N.
    /// </summary>
    /// <param name="first">Reference features [N1, D] (the real images).</param>
    /// <param name="second">Features [N2, D] to subsample.</param>
    /// <param name="sizes">At least two sizes, each from 2 to N2.</param>
    /// <param name="seed">Seeds the shuffle.</param>
    /// <returns>The values and the fit.</returns>
    /// <exception cref="ArgumentException">Fewer than two sizes, or a size out of range.</exception>
    public static SampleSizeTrend Measure(Tensor first, Tensor second, IReadOnlyList<int> sizes, ulong seed = 0)
    {
        FeatureChecks.CheckMatrix(first, nameof(first));
        FeatureChecks.CheckMatrix(second, nameof(second));
        ArgumentNullException.ThrowIfNull(sizes);
        int available = checked((int)second.shape[0]);
        if (sizes.Count < 2 || sizes.Any(n => n < 2 || n > available))
        {
            throw new ArgumentException(
                $"Expected at least two sizes from 2 to {available}, found [{string.Join(", ", sizes)}].",
                nameof(sizes));
        }

        var reference = FeatureStatistics.FromFeatures(first);
        var random = new Data.SplitMix64(seed);
        using var order = tensor(FeatureChecks.Permutation(available, ref random));
        using var shuffled = second.index_select(0, order);
        double[] values = [.. sizes.Select(n =>
        {
            using var part = shuffled.narrow(0, 0, n);
            return FrechetDistance.Compute(reference, FeatureStatistics.FromFeatures(part)).Distance;
        })];

        double[] x = [.. sizes.Select(n => 1.0 / n)];
        double meanX = x.Average(), meanY = values.Average();
        double slope = x.Zip(values, (a, b) => (a - meanX) * (b - meanY)).Sum()
            / x.Sum(a => (a - meanX) * (a - meanX));
        return new SampleSizeTrend([.. sizes], values, meanY - slope * meanX, slope);
    }
}
