using GanNotebooks.Metrics;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Metrics;

public sealed class KernelInceptionDistanceTests
{
    [Fact]
    public void Agrees_with_the_numpy_reference_on_one_subset_of_every_sample()
    {
        var reference = MetricsReference.Load();
        using var first = reference.Matrix("first");
        using var second = reference.Matrix("second");
        using var firstPart = first.narrow(0, 0, 250);

        var result = KernelInceptionDistance.Compute(firstPart, second, subsets: 1, subsetSize: 250);

        double expected = reference.Number("kid_first_250_second_250");
        Assert.Equal(expected, result.Mean, Math.Abs(expected) * 1e-9);
        Assert.Equal(250, result.SubsetSize);
    }

    [Fact]
    public void Identical_sets_are_at_distance_about_zero_and_different_ones_are_not()
    {
        using var features = FrechetDistanceTests.Features(seed: 11, count: 600, dimension: 16);
        using var other = FrechetDistanceTests.Features(seed: 12, count: 600, dimension: 16);

        var same = KernelInceptionDistance.Compute(features, features, subsets: 20, subsetSize: 200);
        var different = KernelInceptionDistance.Compute(features, other, subsets: 20, subsetSize: 200);

        Assert.InRange(Math.Abs(same.Mean), 0, 3 * same.StandardDeviation + 1e-9);
        Assert.True(different.Mean > 10 * same.StandardDeviation, $"{same} against {different}");
    }

    [Fact]
    public void The_subset_size_is_capped_by_the_smaller_set()
    {
        using var small = FrechetDistanceTests.Features(seed: 13, count: 30, dimension: 8);
        using var large = FrechetDistanceTests.Features(seed: 14, count: 90, dimension: 8);

        var result = KernelInceptionDistance.Compute(small, large, subsets: 3);

        Assert.Equal(30, result.SubsetSize);
        Assert.Equal(3, result.SubsetValues.Count);
    }

    [Fact]
    public void Bad_inputs_are_refused()
    {
        using var ok = FrechetDistanceTests.Features(seed: 15, count: 10, dimension: 4);
        using var wide = FrechetDistanceTests.Features(seed: 16, count: 10, dimension: 6);
        using var single = FrechetDistanceTests.Features(seed: 17, count: 1, dimension: 4);
        using var infinite = ok.clone();
        infinite[0, 0] = tensor(float.PositiveInfinity);

        Assert.Contains("the first has 4, the second 6",
            Assert.Throws<ArgumentException>(() => KernelInceptionDistance.Compute(ok, wide)).Message);
        Assert.Contains("found 1",
            Assert.Throws<ArgumentException>(() => KernelInceptionDistance.Compute(ok, single)).Message);
        Assert.Contains("NaN or infinite",
            Assert.Throws<ArgumentException>(() => KernelInceptionDistance.Compute(infinite, ok)).Message);
    }
}
