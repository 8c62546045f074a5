using static TorchSharp.torch;

namespace GanNotebooks.Metrics;

/// <summary>
/// For each query image, the closest reference image in pixel space: the check that a generator
/// has not simply memorised its training images.
/// </summary>
public static class NearestImages
{
    /// <summary>
    /// Finds, for each query, the index of the reference at the smallest Euclidean distance.
    /// </summary>
    /// <param name="queries">Images [Q, 1, 28, 28].</param>
    /// <param name="references">Images [R, 1, 28, 28], e.g. the training set.</param>
    /// <param name="batchSize">References compared at once (memory grows with Q x batch).</param>
    /// <returns>The index into <paramref name="references"/> and the distance, per query.</returns>
    public static (long[] Indices, double[] Distances) Find(
        Tensor queries, Tensor references, int batchSize = 10_000)
    {
        Models.Discriminator.CheckImages(queries, nameof(queries));
        Models.Discriminator.CheckImages(references, nameof(references));
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var q = queries.flatten(1);
        var bestDistance = full(q.shape[0], double.PositiveInfinity, ScalarType.Float32);
        var bestIndex = zeros(q.shape[0], ScalarType.Int64);
        for (long start = 0; start < references.shape[0]; start += batchSize)
        {
            using var batchScope = NewDisposeScope();
            long count = Math.Min(batchSize, references.shape[0] - start);
            var r = references.narrow(0, start, count).flatten(1);
            var (distance, index) = cdist(q, r).min(1);
            var better = distance.lt(bestDistance);
            bestDistance.copy_(where(better, distance, bestDistance));
            bestIndex.copy_(where(better, index + start, bestIndex));
        }
        double[] distances = [.. bestDistance.data<float>().ToArray().Select(d => (double)d)];
        return (bestIndex.data<long>().ToArray(), distances);
    }
}
