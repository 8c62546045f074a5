using GanNotebooks.Training;

namespace GanNotebooks.Toy;

/// <summary>Settings of training a discriminator alone against a fixed generated
/// distribution.</summary>
/// <param name="Steps">Adam updates, at least 1.</param>
/// <param name="HiddenWidth">Units of each hidden layer.</param>
/// <param name="HiddenLayers">Hidden layers.</param>
/// <param name="LearningRate">Adam's learning rate.</param>
/// <param name="BatchSize">Real and generated points per update, each.</param>
/// <param name="ReportEvery">Steps between reports.</param>
/// <param name="EvaluationSamples">Held-out real and generated points, each, on which every report
/// estimates the objective; the same points for every report.</param>
/// <param name="Seed">Seeds the weights and every draw.</param>
public sealed record DiscriminatorFitSettings(
    int Steps = 2000,
    int HiddenWidth = 64,
    int HiddenLayers = 2,
    double LearningRate = 1e-3,
    int BatchSize = 256,
    int ReportEvery = 50,
    int EvaluationSamples = 20_000,
    long Seed = 1)
{
    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (Steps < 1 || HiddenWidth < 1 || HiddenLayers < 1 || BatchSize < 1 || ReportEvery < 1
            || EvaluationSamples < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Steps),
                $"Expected sizes and counts of at least 1, found steps {Steps}, "
                + $"width {HiddenWidth}, "
                + $"layers {HiddenLayers}, batch {BatchSize}, report every {ReportEvery}, "
                + $"evaluation samples {EvaluationSamples}.");
        }
        LearningRateCheck.ThrowIfInvalid(LearningRate, nameof(LearningRate));
    }
}
