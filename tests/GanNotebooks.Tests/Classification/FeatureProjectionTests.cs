using GanNotebooks.Classification;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Classification;

public sealed class FeatureProjectionTests
{
    [Fact]
    public void Points_on_a_line_put_all_their_variance_on_the_first_axis()
    {
        using var scope = NewDisposeScope();
        var t = linspace(-1, 1, 50, dtype: float64).unsqueeze(1);
        var features = cat([t, 2 * t, -t, zeros_like(t)], 1);

        var (points, explained) = FeatureProjection.Principal2D(features);

        Assert.Equal(1.0, explained[0], 1e-9);
        Assert.Equal(0.0, explained[1], 1e-9);
        // The line's length is kept: the ends lie sqrt(1 + 4 + 1) from its centre.
        Assert.Equal(Math.Sqrt(6), Math.Abs(points[0, 0]), 1e-9);
    }

    [Fact]
    public void Non_finite_features_are_refused()
    {
        using var scope = NewDisposeScope();
        var features = ones(5, 3);
        features[2, 1] = tensor(float.NaN);

        var error = Assert.Throws<ArgumentException>(() => FeatureProjection.Principal2D(features));
        Assert.Contains("finite", error.Message);
    }
}
