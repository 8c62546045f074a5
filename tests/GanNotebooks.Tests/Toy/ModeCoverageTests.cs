using GanNotebooks.Toy;

namespace GanNotebooks.Tests.Toy;

public sealed class ModeCoverageTests
{
    private static readonly GaussianRing2D Ring = new(Modes: 8, Radius: 2, StandardDeviation: 0.02);

    [Fact]
    public void Samples_of_the_ring_itself_cover_every_mode_with_high_quality()
    {
        var points = Ring.Sample(4000, new ToyRandom(3));

        var coverage = ModeCoverage.Measure(points, Ring);

        Assert.Equal(8, coverage.ModesCovered);
        // Within 3σ in the plane holds 1 − e^(−4.5) ≈ 98.9 % of an isotropic Gaussian.
        Assert.InRange(coverage.HighQualityShare, 0.98, 0.995);
        Assert.All(coverage.PointsPerMode, count => Assert.InRange(count, 400, 600));
    }

    [Fact]
    public void Points_on_one_mode_cover_one_mode()
    {
        var oneMode = new GaussianRing2D(Modes: 1, Radius: 0, StandardDeviation: 0.02)
            .Sample(1000, new ToyRandom(4));
        var points = new double[1000, 2];
        for (int i = 0; i < 1000; i++)
        {
            // Move the cloud from the origin onto the ring's mode at 90 degrees, (0, 2).
            points[i, 0] = oneMode[i, 0];
            points[i, 1] = oneMode[i, 1] + 2;
        }

        var coverage = ModeCoverage.Measure(points, Ring);

        Assert.Equal(1, coverage.ModesCovered);
        Assert.True(coverage.PointsPerMode[2] > 980, coverage.ToString());
        Assert.True(coverage.HighQualityShare > 0.98, coverage.ToString());
    }

    [Fact]
    public void Points_far_from_every_mode_cover_none_and_have_no_quality()
    {
        var junk = new double[500, 2];
        for (int i = 0; i < 500; i++)
        {
            junk[i, 0] = 10 + i * 0.01;
            junk[i, 1] = -7;
        }

        var coverage = ModeCoverage.Measure(junk, Ring);

        Assert.Equal(0, coverage.ModesCovered);
        Assert.Equal(0, coverage.HighQualityShare);
    }

    [Fact]
    public void A_mode_with_too_few_points_is_not_covered()
    {
        // 995 points far away and 5 exactly on the first mode: 0.5 % of the points, below 1 %.
        var points = new double[1000, 2];
        for (int i = 0; i < 1000; i++) (points[i, 0], points[i, 1]) = i < 5 ? (2.0, 0.0) : (0.0,
            0.0);

        var coverage = ModeCoverage.Measure(points, Ring);

        Assert.Equal(0, coverage.ModesCovered);
        Assert.Equal(5, coverage.PointsPerMode[0]);
        Assert.Equal(0.005, coverage.HighQualityShare, 1e-12);
    }

    [Fact]
    public void Points_of_the_wrong_shape_are_refused_with_the_shape_found()
    {
        var error = Assert.Throws<ArgumentException>(() => ModeCoverage.Measure(new double[10, 1],
            Ring));

        Assert.Contains("[10, 1]", error.Message);
    }
}
