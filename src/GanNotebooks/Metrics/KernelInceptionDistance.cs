using static TorchSharp.torch;

namespace GanNotebooks.Metrics;

/// <summary>
/// The Kernel Inception Distance: the squared maximum mean discrepancy between two feature sets
/// under the cubic polynomial kernel k(x, y) = (x·y / d + 1)³, estimated without bias on random
/// subsets. Unlike the FID it has an unbiased estimator, so small sets do not inflate it.
/// </summary>
public static class KernelInceptionDistance
{
    /// <summary>Estimates the distance on <paramref name="subsets"/> random subset pairs.</summary>
    /// <param name="first">Features [N1, D], N1 &gt;= 2, finite.</param>
    /// <param name="second">Features [N2, D], N2 &gt;= 2, finite.</param>
    /// <param name="subsets">How many subset pairs to draw, at least 1.</param>
    /// <param name="subsetSize">Samples per subset, capped at N1 and N2; at least 2 after
    /// capping.</param>
    /// <param name="seed">Seeds the draws (without replacement within a subset).</param>
    /// <returns>The mean and standard deviation of the estimates, and each estimate.</returns>
    /// <exception cref="ArgumentException">A set is malformed, has fewer than 2 samples or a
    /// non-finite value, the dimensions differ, or a count is out of range.</exception>
    public static KernelDistanceResult Compute(
        Tensor first, Tensor second, int subsets = 100, int subsetSize = 1000, ulong seed = 0)
    {
        FeatureChecks.CheckMatrix(first, nameof(first));
        FeatureChecks.CheckMatrix(second, nameof(second));
        FeatureChecks.CheckSameDimension(first.shape[1], second.shape[1], nameof(second));
        ArgumentOutOfRangeException.ThrowIfLessThan(subsets, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(subsetSize, 2);
        int firstCount = checked((int)first.shape[0]), secondCount = checked((int)second.shape[0]);
        int size = Math.Min(subsetSize, Math.Min(firstCount, secondCount));

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var x = first.detach().to_type(ScalarType.Float64);
        var y = second.detach().to_type(ScalarType.Float64);
        var random = new Data.SplitMix64(seed);
        var values = new double[subsets];
        for (int s = 0; s < subsets; s++)
        {
            using var subsetScope = NewDisposeScope();
            var xs = x.index_select(0, Draw(firstCount, size, ref random));
            var ys = y.index_select(0, Draw(secondCount, size, ref random));
            values[s] = UnbiasedMmd(xs, ys);
        }

        double mean = values.Average();
        double std = Math.Sqrt(values.Select(v => (v - mean) * (v - mean)).Average());
        return new KernelDistanceResult(mean, std, values.AsReadOnly(), size);
    }

    /// <summary>The unbiased MMD² of two equal-sized samples under the cubic kernel.</summary>
    /// <param name="x">Float64 features [m, D].</param>
    /// <param name="y">Float64 features [m, D].</param>
    /// <returns>The estimate: within-set means off the diagonal, minus twice the cross mean.</returns>
    internal static double UnbiasedMmd(Tensor x, Tensor y)
    {
        double d = x.shape[1];
        double m = x.shape[0];
        var kxx = Kernel(x, x, d);
        var kyy = Kernel(y, y, d);
        var kxy = Kernel(x, y, d);
        double withinX = (kxx.sum() - kxx.diagonal().sum()).item<double>() / (m * (m - 1));
        double withinY = (kyy.sum() - kyy.diagonal().sum()).item<double>() / (m * (m - 1));
        double cross = kxy.sum().item<double>() / (m * m);
        return withinX + withinY - 2 * cross;
    }

    private static Tensor Draw(int count, int size, ref Data.SplitMix64 random) =>
        tensor(FeatureChecks.Permutation(count, ref random)[..size]);

    private static Tensor Kernel(Tensor a, Tensor b, double d) => a.mm(b.t()).div_(d).add_(1).pow_(3);
}
