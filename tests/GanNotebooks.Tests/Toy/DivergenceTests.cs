using GanNotebooks.Toy;

namespace GanNotebooks.Tests.Toy;

public sealed class DivergenceTests
{
    private static readonly double MinusLog4 = -Math.Log(4);

    private static readonly GaussianMixture1D Mixture =
        new((new Gaussian1D(-1, 0.6), 0.6), (new Gaussian1D(1.5, 0.8), 0.4));

    public static TheoryData<IDensity1D> Densities() => new()
    {
        new Gaussian1D(0, 1),
        new Gaussian1D(3, 0.2),
        Mixture,
    };

    public static TheoryData<IDensity1D, IDensity1D> DifferingPairs() => new()
    {
        { new Gaussian1D(0, 1), new Gaussian1D(1, 1) },
        { new Gaussian1D(0, 1), new Gaussian1D(0, 3) },
        { new Gaussian1D(0, 1), new Gaussian1D(8, 0.3) },
        { Mixture, new Gaussian1D(0, 1) },
        { Mixture, Mixture.Shifted(0.5) },
    };

    [Theory]
    [MemberData(nameof(Densities))]
    public void Jensen_Shannon_divergence_of_identical_densities_is_zero(IDensity1D p)
    {
        Assert.Equal(0, Divergences.JensenShannon(p, p), 1e-12);
    }

    [Theory]
    [MemberData(nameof(Densities))]
    public void Value_with_the_optimal_discriminator_at_identical_densities_is_minus_log_4(
        IDensity1D p)
    {
        double value = Divergences.OptimalValue(p, p);

        Assert.True(Math.Abs(value - MinusLog4) < 1e-9,
            $"V(G, D*) = {value:R}, −log 4 = {MinusLog4:R}");
    }

    [Theory]
    [InlineData(0, 1, 0, 1)]
    [InlineData(0, 1, 1, 1)]
    [InlineData(0, 1, 1, 2)]
    [InlineData(-2, 0.5, 3, 1.5)]
    [InlineData(0, 2, 0, 0.5)]
    public void Kullback_Leibler_divergence_of_two_Gaussians_matches_the_closed_form(
        double mean1, double sd1, double mean2, double sd2)
    {
        var p = new Gaussian1D(mean1, sd1);
        var q = new Gaussian1D(mean2, sd2);

        double byQuadrature = Divergences.KullbackLeibler(p, q);

        Assert.True(Math.Abs(byQuadrature - p.KullbackLeiblerTo(q)) < 1e-6,
            $"quadrature {byQuadrature:R}, closed form {p.KullbackLeiblerTo(q):R}");
    }

    [Theory]
    [MemberData(nameof(DifferingPairs))]
    public void Value_with_the_optimal_discriminator_is_minus_log_4_plus_twice_the_divergence(
        IDensity1D data, IDensity1D generated)
    {
        double value = Divergences.OptimalValue(data, generated);
        double divergence = Divergences.JensenShannon(data, generated);

        Assert.True(divergence > 1e-3, $"the pair should differ, JSD = {divergence}");
        Assert.True(Math.Abs(value - (MinusLog4 + 2 * divergence)) < 1e-9,
            $"V(G, D*) = {value:R}, −log 4 + 2 JSD = {MinusLog4 + 2 * divergence:R}");
    }

    [Fact]
    public void No_discriminator_beats_the_optimal_one()
    {
        var data = new Gaussian1D(0, 1);
        var generated = new Gaussian1D(1, 1.5);
        double best = Divergences.OptimalValue(data, generated);

        // D = 1/2 everywhere gives exactly −log 4; a shifted D* gives something in between.
        double half = Divergences.Value(data, generated, grid => new double[grid.Length]);
        double shifted = Divergences.Value(data, generated, grid => grid
            .Select(x => OptimalDiscriminator.Logit(data, generated, x - 0.3))
            .ToArray());

        Assert.Equal(MinusLog4, half, 1e-9);
        Assert.True(best > shifted && shifted > half,
            $"D* {best}, shifted D* {shifted}, constant 1/2 {half}");
    }

    [Fact]
    public void Densities_integrate_to_one_over_their_mass_range()
    {
        foreach (IDensity1D p in new IDensity1D[] { new Gaussian1D(2, 0.1), Mixture })
        {
            var (low, high) = p.MassRange;
            Assert.Equal(1, Quadrature.Simpson(p.Density, low, high), 1e-12);
        }
    }
}
