namespace GanNotebooks.Classification;

/// <summary>What one step of semi-supervised GAN training measured, before its updates.</summary>
/// <param name="Step">The 1-based step number.</param>
/// <param name="SupervisedLoss">Cross entropy of the true class on the labelled batch.</param>
/// <param name="RealLoss">-log(1 - p(fake)) on the unlabelled real batch.</param>
/// <param name="FakeLoss">-log p(fake) on the generated batch.</param>
/// <param name="GeneratorLoss">-log(1 - p(fake)) on the generator's images, in its own update.</param>
/// <param name="LabelledAccuracy">Share of the labelled batch whose class was predicted right.</param>
public sealed record SemiSupervisedMetrics(
    long Step,
    double SupervisedLoss,
    double RealLoss,
    double FakeLoss,
    double GeneratorLoss,
    double LabelledAccuracy)
{
    /// <summary>One log line with fixed fields.</summary>
    /// <returns>E.g. <c>step 100 | sup 1.20 | real 0.41 | fake 0.38 | G 1.10 | acc 0.62</c>.</returns>
    public override string ToString() => FormattableString.Invariant(
        $"step {Step} | sup {SupervisedLoss:F3} | real {RealLoss:F3} | fake {FakeLoss:F3} | ")
        + FormattableString.Invariant($"G {GeneratorLoss:F3} | acc {LabelledAccuracy:F2}");
}
