using GanNotebooks.Metrics;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Metrics;

public sealed class FrechetDistanceTests
{
    [Fact]
    public void Agrees_with_the_scipy_sqrtm_reference_to_one_part_in_a_million()
    {
        var reference = MetricsReference.Load();
        using var first = reference.Matrix("first");
        using var second = reference.Matrix("second");

        var statistics = FeatureStatistics.FromFeatures(first);
        var result = FrechetDistance.Compute(statistics, FeatureStatistics.FromFeatures(second));

        AssertClose(reference.Vector("first_mean"), statistics.Mean.ToArray(), 1e-12);
        double[] diagonal = [.. Enumerable.Range(0, statistics.Dimension)
            .Select(i => statistics.Covariance[i * statistics.Dimension + i])];
        AssertClose(reference.Vector("first_covariance_diagonal"), diagonal, 1e-12);
        Assert.Equal(reference.Number("mean_term"), result.MeanTerm, 1e-12);
        double expected = reference.Number("fid");
        Assert.InRange(Math.Abs(result.Distance - expected) / expected, 0, 1e-6);
        Assert.False(result.HasWarnings, result.ToString());
    }

    [Fact]
    public void A_set_against_itself_is_at_distance_zero()
    {
        using var features = Features(seed: 3, count: 500, dimension: 32);

        var result = FrechetDistance.Compute(features, features);

        Assert.InRange(result.Distance, 0, 1e-6);
        Assert.Equal(0, result.MeanTerm);
    }

    [Fact]
    public void Equal_covariances_give_the_squared_distance_of_the_means()
    {
        using var features = Features(seed: 4, count: 400, dimension: 24);
        using var shift = Features(seed: 5, count: 1, dimension: 24);
        using var shifted = features + shift;

        var result = FrechetDistance.Compute(features, shifted);

        double expected = shift.square().sum().item<float>();
        Assert.Equal(expected, result.Distance, expected * 1e-5);
        Assert.InRange(Math.Abs(result.CovarianceTerm), 0, 1e-6);
    }

    [Fact]
    public void Fewer_samples_than_dimensions_give_a_finite_distance_and_say_why()
    {
        using var first = Features(seed: 6, count: 20, dimension: 64);
        using var second = Features(seed: 7, count: 30, dimension: 64);

        var result = FrechetDistance.Compute(first, second);

        Assert.True(double.IsFinite(result.Distance) && result.Distance > 0, result.ToString());
        Assert.Contains(result.Warnings, w => w.Contains("20 samples in 64 dimensions"));
        Assert.Contains(result.Warnings, w => w.Contains("30 samples in 64 dimensions"));
    }

    [Fact]
    public void Bad_inputs_are_refused_with_what_was_expected_and_found()
    {
        using var ok = Features(seed: 8, count: 10, dimension: 4);
        using var wide = Features(seed: 9, count: 10, dimension: 5);
        using var single = Features(seed: 10, count: 1, dimension: 4);
        using var broken = ok.clone();
        broken[3, 2] = tensor(float.NaN);

        var dimension = Assert.Throws<ArgumentException>(() => FrechetDistance.Compute(ok, wide));
        Assert.Contains("the first has 4, the second 5", dimension.Message);
        var few = Assert.Throws<ArgumentException>(() => FrechetDistance.Compute(single, ok));
        Assert.Contains("at least 2 samples of features, found 1", few.Message);
        var nan = Assert.Throws<ArgumentException>(() => FeatureStatistics.FromFeatures(broken));
        Assert.Contains("found 1 NaN or infinite values (the first at sample 3, column 2)", nan.Message);
    }

    [Fact]
    public void Statistics_from_an_array_match_those_from_a_tensor()
    {
        double[,] rows = { { 1, 2 }, { 3, 5 }, { 4, 4 } };

        var statistics = FeatureStatistics.FromArray(rows);

        AssertClose([8.0 / 3, 11.0 / 3], statistics.Mean.ToArray(), 1e-12);
        // np.cov([[1,2],[3,5],[4,4]], rowvar=False)
        AssertClose([7.0 / 3, 11.0 / 6, 11.0 / 6, 7.0 / 3], statistics.Covariance.ToArray(), 1e-12);
    }

    [Fact]
    public void A_covariance_computed_in_blocks_equals_the_full_product_and_is_symmetric()
    {
        // 1,301 columns split into two blocks of 651 and 650: uneven on purpose.
        using var features = Features(seed: 11, count: 300, dimension: 1301);
        using var centred = features.to_type(ScalarType.Float64) - features.to_type(ScalarType.Float64).mean([0]);
        using var direct = centred.t().mm(centred).div_(299);

        var statistics = FeatureStatistics.FromFeatures(features);

        using var blocked = statistics.CovarianceTensor();
        double scale = direct.abs().max().item<double>();
        Assert.InRange((blocked - direct).abs().max().item<double>() / scale, 0, 1e-13);
        Assert.Equal(0, (blocked - blocked.t()).abs().max().item<double>());
    }

    private static void AssertClose(double[] expected, double[] actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], tolerance);
    }

    internal static Tensor Features(int seed, int count, int dimension)
    {
        using var random = new TorchSharp.torch.Generator((ulong)seed);
        using var mixing = randn(dimension, dimension, generator: random);
        using var raw = randn(count, dimension, generator: random);
        return raw.mm(mixing).add_(1);
    }
}
