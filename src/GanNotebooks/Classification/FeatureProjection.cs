using static TorchSharp.torch;

namespace GanNotebooks.Classification;

/// <summary>Projects feature vectors onto the plane of their two directions of largest variance.</summary>
public static class FeatureProjection
{
    /// <summary>
    /// Principal component analysis to two dimensions: centre the features, take the two leading
    /// right singular vectors, project. Computed in float64.
    /// </summary>
    /// <param name="features">Features [N, D] with N >= 3 and D >= 2, all finite.</param>
    /// <returns>The coordinates [N, 2] and the share of the total variance each axis holds.</returns>
    /// <exception cref="ArgumentException">The shape is wrong or a value is not finite.</exception>
    public static (double[,] Points, double[] ExplainedVariance) Principal2D(Tensor features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.dim() != 2 || features.shape[0] < 3 || features.shape[1] < 2)
        {
            throw new ArgumentException(
                $"Expected features [N, D] with N >= 3 and D >= 2, found [{string.Join(", ", features.shape)}].",
                nameof(features));
        }

        using var scope = NewDisposeScope();
        var x = features.detach().cpu().to_type(ScalarType.Float64);
        if (!x.isfinite().all().item<bool>())
        {
            throw new ArgumentException("Expected finite features, found NaN or infinity.", nameof(features));
        }

        var centred = x - x.mean([0], keepdim: true);
        var (_, singular, vh) = linalg.svd(centred, fullMatrices: false);
        var projected = centred.matmul(vh.narrow(0, 0, 2).t()).contiguous();
        var variance = singular.square();
        double total = variance.sum().item<double>();
        double[] explained = [variance[0].item<double>() / total, variance[1].item<double>() / total];

        double[] flat = projected.data<double>().ToArray();
        int n = (int)features.shape[0];
        var points = new double[n, 2];
        for (int i = 0; i < n; i++)
        {
            points[i, 0] = flat[2 * i];
            points[i, 1] = flat[2 * i + 1];
        }
        return (points, explained);
    }
}
