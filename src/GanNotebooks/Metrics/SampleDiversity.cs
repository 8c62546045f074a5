using static TorchSharp.torch;

namespace GanNotebooks.Metrics;

/// <summary>
/// How different the images of a batch are from one another: the mean Euclidean distance
/// between the pixels of every pair. A generator in mode collapse draws near copies, so its
/// batches score far below a batch of real images.
/// </summary>
public static class SampleDiversity
{
    /// <summary>The mean distance over all pairs of distinct images.</summary>
    /// <param name="images">At least two images [N, C, H, W].</param>
    /// <returns>The mean pairwise distance in pixel units.</returns>
    /// <exception cref="ArgumentException">Fewer than two images.</exception>
    public static double MeanPairwiseDistance(Tensor images)
    {
        ArgumentNullException.ThrowIfNull(images);
        if (images.dim() < 2 || images.shape[0] < 2)
        {
            throw new ArgumentException(
                $"Expected at least two images, found shape [{string.Join(", ", images.shape)}].",
                nameof(images));
        }
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var flat = images.detach().to_type(ScalarType.Float64).flatten(1);
        long n = flat.shape[0];
        var distances = cdist(flat, flat);

        // The diagonal holds each image's zero distance to itself; leave it out of the mean.
        return distances.sum().item<double>() / (n * (n - 1));
    }
}
