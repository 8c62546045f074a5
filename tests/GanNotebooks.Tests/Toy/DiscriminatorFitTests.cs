using GanNotebooks.Toy;

namespace GanNotebooks.Tests.Toy;

public sealed class DiscriminatorFitTests
{
    [Fact]
    public void A_trained_discriminator_approaches_but_does_not_beat_the_optimal_value()
    {
        var data = new Gaussian1D(0, 1);
        var generated = new Gaussian1D(2, 1);
        double optimal = Divergences.OptimalValue(data, generated);
        var settings = new DiscriminatorFitSettings(Steps: 600, HiddenWidth: 32, ReportEvery: 600,
            EvaluationSamples: 4000, Seed: 5);

        var fit = DiscriminatorFit.Train(data, generated, settings);
        using var discriminator = fit.Discriminator;
        double exact = Divergences.Value(data, generated, grid => discriminator.EvaluateLine(grid));

        Assert.True(exact <= optimal + 1e-9, $"learned {exact}, optimal {optimal}");
        Assert.True(optimal - exact < 0.02, $"learned {exact}, optimal {optimal}");
        Assert.True(fit.History[^1].Objective > fit.History[0].Objective + 0.1,
            $"objective went from {fit.History[0].Objective} to {fit.History[^1].Objective}");
    }
}
