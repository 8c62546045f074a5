using System.Globalization;
using static TorchSharp.torch;

namespace GanNotebooks.Metrics;

/// <summary>
/// The Fréchet distance between two Gaussians fitted to feature sets: the FID when the features
/// come from the FID Inception network, and the same formula on any other extractor's features.
/// </summary>
/// <remarks>
/// The trace of sqrt(C1 C2) is computed in float64 from a symmetric eigendecomposition: for
/// any factor B with B B^T = C1, C1 C2 is similar to the symmetric positive semi-definite
/// B^T C2 B, so tr sqrt(C1 C2) = sum of sqrt(eig(B^T C2 B)). B is C1's Cholesky factor, or,
/// when C1 is singular, V L^(1/2) from its own eigendecomposition C1 = V L V^T.
/// NOTE: this replaces scipy's general matrix square root (sqrtm, a complex Schur form) that
/// pytorch-fid uses: it stays real by construction, needs no epsilon on singular covariances,
/// and is an order of magnitude cheaper at 2,048 dimensions. Eigenvalues that round-off makes
/// slightly negative are set to 0, and the result says how many and how large.
/// </remarks>
public static class FrechetDistance
{
    /// <summary>Computes the squared Fréchet distance between two sets of statistics.</summary>
    /// <param name="first">Statistics of the first set (the real images, by convention).</param>
    /// <param name="second">Statistics of the second set.</param>
    /// <returns>The distance, its two terms and any warnings.</returns>
    /// <exception cref="ArgumentException">The two sets have different dimensions.</exception>
    public static FrechetResult Compute(FeatureStatistics first, FeatureStatistics second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        FeatureChecks.CheckSameDimension(first.Dimension, second.Dimension, nameof(second));
        var warnings = new List<string>();
        AddRankWarning(first, "first", warnings);
        AddRankWarning(second, "second", warnings);

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var meanDifference = first.MeanTensor() - second.MeanTensor();
        double meanTerm = meanDifference.dot(meanDifference).item<double>();

        var c1 = first.CovarianceTensor();
        var c2 = second.CovarianceTensor();
        var factor = Factor(Symmetric(c1), warnings);
        var product = Symmetric(factor.t().mm(c2).mm(factor));
        var values = linalg.eigvalsh(product);
        AddClampWarning(values, "B^T C2 B (B B^T = the first covariance)", warnings);
        double traceOfRoot = values.clamp_min(0).sqrt().sum().item<double>();

        double traces = c1.trace().item<double>() + c2.trace().item<double>();
        double covarianceTerm = traces - 2 * traceOfRoot;
        double distance = meanTerm + covarianceTerm;
        if (distance < 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"the distance came out at {distance:G3} through round-off and was set to 0"));
            distance = 0;
        }
        return new FrechetResult(distance, meanTerm, covarianceTerm, warnings.AsReadOnly());
    }

    /// <summary>Computes the statistics of both feature sets and the distance between them.</summary>
    /// <param name="first">Features [N1, D].</param>
    /// <param name="second">Features [N2, D].</param>
    /// <returns>The distance, its two terms and any warnings.</returns>
    /// <exception cref="ArgumentException">A set is malformed, has fewer than 2 samples or a
    /// non-finite value, or the dimensions differ.</exception>
    public static FrechetResult Compute(Tensor first, Tensor second)
    {
        FeatureChecks.CheckMatrix(first, nameof(first));
        FeatureChecks.CheckMatrix(second, nameof(second));
        FeatureChecks.CheckSameDimension(first.shape[1], second.shape[1], nameof(second));
        return Compute(FeatureStatistics.FromFeatures(first), FeatureStatistics.FromFeatures(second));
    }

    /// <summary>
    /// A factor B with B B^T = C1, so that C1 C2 is similar to the symmetric B^T C2 B and has its
    /// eigenvalues. Cholesky when C1 is positive definite (fast); otherwise B = V L^(1/2) from the
    /// eigendecomposition C1 = V L V^T, with L's negative round-off set to 0.
    /// </summary>
    private static Tensor Factor(Tensor c1, List<string> warnings)
    {
        var (lower, info) = linalg.cholesky_ex(c1);
        int failedAt = info.item<int>();
        if (failedAt == 0) return lower;

        warnings.Add($"the first covariance is not positive definite (Cholesky stopped at column "
            + $"{failedAt}); its square root came from a symmetric eigendecomposition instead");
        var (values, vectors) = linalg.eigh(c1);
        AddClampWarning(values, "the first covariance", warnings);
        return vectors * values.clamp_min(0).sqrt().unsqueeze(0);
    }

    private static Tensor Symmetric(Tensor matrix) => (matrix + matrix.t()).mul_(0.5);

    private static void AddRankWarning(FeatureStatistics statistics, string name, List<string> warnings)
    {
        if (!statistics.IsRankDeficient) return;
        warnings.Add(
            $"the {name} set has {statistics.Count} samples in {statistics.Dimension} dimensions, "
            + $"so its covariance is singular (rank at most {statistics.Count - 1}); its zero "
            + "eigenvalues were kept at 0 without adding an epsilon, and the distance is finite "
            + "but biased: use more samples than dimensions");
    }

    private static void AddClampWarning(Tensor eigenvalues, string matrix, List<string> warnings)
    {
        long negative = eigenvalues.lt(0).sum().item<long>();
        if (negative == 0) return;
        double lowest = eigenvalues.min().item<double>();
        double highest = eigenvalues.max().item<double>();
        warnings.Add(string.Create(CultureInfo.InvariantCulture,
            $"{negative} eigenvalues of {matrix} were slightly negative through round-off "
            + $"(lowest {lowest:G3}, against a largest of {highest:G3}) and were set to 0"));
    }
}
