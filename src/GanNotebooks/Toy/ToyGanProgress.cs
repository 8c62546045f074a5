using System.Globalization;

namespace GanNotebooks.Toy;

/// <summary>What a toy GAN's training reports every few steps.</summary>
/// <param name="Metrics">The last step's losses and scores.</param>
/// <param name="Objective">The objective V̂ estimated on fresh points after the step.</param>
/// <param name="MillisecondsPerStep">Mean wall time per step since the previous report.</param>
public sealed record ToyGanProgress(ToyStepMetrics Metrics, double Objective,
    double MillisecondsPerStep)
{
    /// <summary>One log line: the step's fixed fields, the objective and time per step.</summary>
    /// <returns>E.g. <c>step 200 | loss D 1.380 | ... | V̂ -1.380 | 2.1 ms/step</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Metrics} | V̂ {Objective:F3} | {MillisecondsPerStep:F1} ms/step");
}
