using GanNotebooks.Metrics;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Metrics;

public sealed class EvaluationHelperTests
{
    [Fact]
    public void Each_image_finds_itself_among_the_references()
    {
        using var random = new TorchSharp.torch.Generator(3);
        using var references = rand(50, 1, 28, 28, generator: random).mul_(2).sub_(1);
        using var queries = references.index_select(0, tensor(new long[] { 7, 42, 0 }));

        var (indices, distances) = NearestImages.Find(queries, references, batchSize: 16);

        Assert.Equal([7L, 42L, 0L], indices);
        Assert.All(distances, d => Assert.InRange(d, 0, 1e-3));
    }

    [Fact]
    public void The_fid_falls_with_the_sample_size_and_extrapolates_below_every_measurement()
    {
        using var real = FrechetDistanceTests.Features(seed: 21, count: 4000, dimension: 16);
        using var fake = FrechetDistanceTests.Features(seed: 21, count: 4000, dimension: 16);
        using var shifted = fake + 0.05f;

        var trend = SampleSizeTrend.Measure(real, shifted, [100, 200, 500, 1000, 4000], seed: 1);

        Assert.True(trend.Values[0] > trend.Values[^1], string.Join(", ", trend.Values));
        Assert.True(trend.Slope > 0);
        Assert.True(trend.Extrapolated < trend.Values.Min());
    }
}
