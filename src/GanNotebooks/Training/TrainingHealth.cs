using System.Globalization;

namespace GanNotebooks.Training;

/// <summary>
/// The tracked curves averaged over the last steps of a run, and the failure signs they show.
/// </summary>
/// <param name="FromStep">First step of the window.</param>
/// <param name="ToStep">Last step of the window.</param>
/// <param name="LossDiscriminator">Mean discriminator loss (real plus generated).</param>
/// <param name="AccuracyReal">Mean accuracy on real images.</param>
/// <param name="AccuracyFake">Mean accuracy on generated images.</param>
/// <param name="MeanFakeScore">Mean D(G(z)).</param>
/// <param name="GeneratorGradientNorm">Mean generator gradient norm; NaN when not measured.</param>
public sealed record TrainingHealth(
    long FromStep,
    long ToStep,
    double LossDiscriminator,
    double AccuracyReal,
    double AccuracyFake,
    double MeanFakeScore,
    double GeneratorGradientNorm)
{
    /// <summary>Below this discriminator loss the discriminator has all but won.</summary>
    public const double LossNearZero = 0.1;

    /// <summary>Above this accuracy on generated images the generator fools it no more.</summary>
    public const double AccuracyNearFull = 0.98;

    /// <summary>Averages the last <paramref name="window"/> steps of a history.</summary>
    /// <param name="history">The metrics of every step.</param>
    /// <param name="window">How many of the last steps to average.</param>
    /// <returns>The averages.</returns>
    /// <exception cref="ArgumentException">The history is empty.</exception>
    public static TrainingHealth Of(IReadOnlyList<StepMetrics> history, int window = 50)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        if (history.Count == 0)
            throw new ArgumentException("Expected at least one step.", nameof(history));
        var last = history.Skip(Math.Max(0, history.Count - window)).ToList();
        return new TrainingHealth(
            last[0].Step, last[^1].Step, last.Average(m => m.LossDiscriminator),
            last.Average(m => m.AccuracyReal), last.Average(m => m.AccuracyFake),
            last.Average(m => m.MeanFakeScore), last.Average(m => m.GeneratorGradientNorm));
    }

    /// <summary>The failure signs the averages show; empty when none.</summary>
    public IReadOnlyList<string> Signs
    {
        get
        {
            var signs = new List<string>();
            if (LossDiscriminator < LossNearZero)
                signs.Add(Invariant($"discriminator loss {LossDiscriminator:F3}, near zero"));
            if (AccuracyFake > AccuracyNearFull && AccuracyReal > AccuracyNearFull)
                signs.Add(Invariant(
                    $"accuracy {AccuracyReal:P0} on real and {AccuracyFake:P0} on generated"));
            if (MeanFakeScore < 0.05)
                signs.Add(Invariant(
                    $"D(G(z)) {MeanFakeScore:F3}: the generator's images are all rejected"));
            return signs;
        }
    }

    /// <summary>One line: the window, the averages and the signs.</summary>
    /// <returns>E.g. <c>steps 401-450 | loss D 1.210 | ... | no failure signs</c>.</returns>
    public override string ToString() =>
        Invariant($"steps {FromStep}-{ToStep} | loss D {LossDiscriminator:F3} | ")
        + Invariant($"acc real {AccuracyReal:F2} | acc fake {AccuracyFake:F2} | ")
        + Invariant($"D(G(z)) {MeanFakeScore:F3} | grad G {GeneratorGradientNorm:F4} | ")
        + (Signs.Count == 0 ? "no failure signs" : string.Join("; ", Signs));

    private static string Invariant(FormattableString text) =>
        text.ToString(CultureInfo.InvariantCulture);
}
