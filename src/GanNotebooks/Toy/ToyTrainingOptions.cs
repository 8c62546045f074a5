namespace GanNotebooks.Toy;

/// <summary>How long to train a toy GAN and what to record on the way.</summary>
/// <param name="Steps">Training steps, at least 1.</param>
/// <param name="ReportEvery">Steps between progress reports (each estimates the objective).</param>
/// <param name="SnapshotSteps">Steps after which to take a <see cref="ToyGanSnapshot"/>; 0 means
/// before the first step.</param>
/// <param name="EvaluationSamples">Real and generated points, each, per objective estimate.</param>
/// <param name="SnapshotSamples">Real and generated points shown in a snapshot.</param>
/// <param name="GridLow">Lower end of the snapshot grid on every axis.</param>
/// <param name="GridHigh">Upper end of the snapshot grid on every axis.</param>
/// <param name="GridResolution">Grid points per axis.</param>
public sealed record ToyTrainingOptions(
    int Steps,
    int ReportEvery = 100,
    IReadOnlyList<int>? SnapshotSteps = null,
    int EvaluationSamples = 4096,
    int SnapshotSamples = 256,
    double GridLow = -3,
    double GridHigh = 3,
    int GridResolution = 61)
{
    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (Steps < 1 || ReportEvery < 1 || EvaluationSamples < 1 || SnapshotSamples < 1
            || GridResolution < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(Steps),
                "Expected steps, report interval and sample counts of at least 1 and a grid of "
                + "at least 2 "
                + $"points, found {Steps}, {ReportEvery}, {EvaluationSamples}, {SnapshotSamples}, "
                + $"{GridResolution}.");
        }
        if (!(GridHigh > GridLow) || !double.IsFinite(GridLow) || !double.IsFinite(GridHigh))
        {
            throw new ArgumentOutOfRangeException(nameof(GridLow),
                $"Expected a finite grid range with low < high, found [{GridLow}, {GridHigh}].");
        }
        if (SnapshotSteps?.FirstOrDefault(s => s < 0 || s > Steps, -1) is int bad && bad >= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(SnapshotSteps),
                $"Expected snapshot steps in [0, {Steps}], found {bad}.");
        }
    }
}
