using TorchSharp;
using static TorchSharp.torch;

namespace GanNotebooks.Metrics;

/// <summary>
/// The mean and covariance of a set of feature vectors, in float64: all the Fréchet distance
/// needs to know about one set.
/// </summary>
public sealed class FeatureStatistics
{
    private readonly double[] mean;
    private readonly double[] covariance;

    private FeatureStatistics(double[] mean, double[] covariance, int count)
    {
        this.mean = mean;
        this.covariance = covariance;
        Count = count;
    }

    /// <summary>The number of samples the statistics were computed from, N.</summary>
    public int Count { get; }

    /// <summary>The length of one feature vector, D.</summary>
    public int Dimension => mean.Length;

    /// <summary>The mean vector, D values.</summary>
    public ReadOnlySpan<double> Mean => mean;

    /// <summary>
    /// The covariance, D x D values row after row, with the unbiased 1 / (N - 1) scaling
    /// (numpy's <c>np.cov(x, rowvar=False)</c>).
    /// </summary>
    public ReadOnlySpan<double> Covariance => covariance;

    /// <summary>True when N &lt;= D: the covariance then has rank at most N - 1 and is singular.</summary>
    public bool IsRankDeficient => Count <= Dimension;

    /// <summary>Computes the statistics of an N x D feature tensor, in float64.</summary>
    /// <param name="features">Floating-point features [N, D], N &gt;= 2, all finite.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="ArgumentException">Wrong shape, fewer than 2 samples, or a value that
    /// is NaN or infinite.</exception>
    public static FeatureStatistics FromFeatures(Tensor features)
    {
        FeatureChecks.CheckMatrix(features, nameof(features));
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var x = features.detach().to_type(ScalarType.Float64);
        long count = x.shape[0];

        var mean = x.mean([0]);
        var centred = x - mean;
        var covariance = SymmetricGram.Of(centred).div_(count - 1);
        return new FeatureStatistics(
            mean.data<double>().ToArray(), covariance.data<double>().ToArray(), (int)count);
    }

    /// <summary>Computes the statistics of an N x D array of features.</summary>
    /// <param name="features">Features, one sample per row, N &gt;= 2, all finite.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="ArgumentException">Fewer than 2 samples, no columns, or a value that is
    /// NaN or infinite.</exception>
    public static FeatureStatistics FromArray(double[,] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        int rows = features.GetLength(0), columns = features.GetLength(1);
        var flat = new double[features.Length];
        Buffer.BlockCopy(features, 0, flat, 0, flat.Length * sizeof(double));
        using var tensor = torch.tensor(flat, [rows, columns]);
        return FromFeatures(tensor);
    }

    /// <summary>Builds statistics from a mean and covariance computed elsewhere.</summary>
    /// <param name="mean">The mean, D values.</param>
    /// <param name="covariance">The covariance, D x D values row after row, symmetric.</param>
    /// <param name="count">How many samples they came from, at least 2.</param>
    /// <returns>The statistics; the arrays are copied.</returns>
    /// <exception cref="ArgumentException">Sizes disagree, a value is not finite, or the count
    /// is below 2.</exception>
    public static FeatureStatistics FromMoments(double[] mean, double[] covariance, int count)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(covariance);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        if (mean.Length < 1 || covariance.Length != (long)mean.Length * mean.Length)
        {
            throw new ArgumentException(
                $"Expected a covariance of {mean.Length} x {mean.Length} = "
                + $"{(long)mean.Length * mean.Length} values for a mean of {mean.Length}, "
                + $"found {covariance.Length}.", nameof(covariance));
        }
        if (!mean.All(double.IsFinite) || !covariance.All(double.IsFinite))
        {
            throw new ArgumentException(
                "Expected a finite mean and covariance, found NaN or infinite values.",
                nameof(covariance));
        }
        return new FeatureStatistics([.. mean], [.. covariance], count);
    }

    /// <summary>The mean as a float64 tensor [D]; the caller disposes it.</summary>
    /// <returns>The tensor.</returns>
    public Tensor MeanTensor() => tensor(mean);

    /// <summary>The covariance as a float64 tensor [D, D]; the caller disposes it.</summary>
    /// <returns>The tensor.</returns>
    public Tensor CovarianceTensor() => tensor(covariance, [Dimension, Dimension]);
}
