namespace GanNotebooks.Training;

/// <summary>What a <see cref="Trainer"/> reports every few steps.</summary>
/// <param name="Step">Completed steps in total.</param>
/// <param name="Epoch">The epoch of the last step, from 0.</param>
/// <param name="Metrics">The last step's metrics.</param>
/// <param name="MillisecondsPerStep">Mean wall time per step since the previous report.</param>
/// <param name="Samples">A grid made after this step, or null.</param>
public sealed record TrainingProgress(
    long Step, int Epoch, StepMetrics Metrics, double MillisecondsPerStep, SampleGrid? Samples)
{
    /// <summary>One log line: the metrics' fixed fields, then the epoch and time per step.</summary>
    /// <returns>E.g. <c>step 200 | loss D 1.320 | ... | epoch 0 | 41 ms/step</c>.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{Metrics} | epoch {Epoch} | {MillisecondsPerStep:F0} ms/step");
}
