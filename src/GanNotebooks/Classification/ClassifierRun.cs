namespace GanNotebooks.Classification;

/// <summary>One classifier trained on a few labels, measured on the test set.</summary>
/// <param name="Method">How it was trained, e.g. "from scratch".</param>
/// <param name="Labels">Number of labelled training images.</param>
/// <param name="Seed">Seed of the label draw and of the training.</param>
/// <param name="TestAccuracy">Share of test images classified right.</param>
/// <param name="Seconds">Wall time of its training.</param>
public sealed record ClassifierRun(string Method, int Labels, int Seed, double TestAccuracy, double Seconds)
{
    /// <summary>One log line with fixed fields.</summary>
    /// <returns>E.g. <c>from scratch | 100 labels | seed 1 | test accuracy 0.652 | 4.1 s</c>.</returns>
    public override string ToString() => FormattableString.Invariant(
        $"{Method,-28} | {Labels,5} labels | seed {Seed} | test accuracy {TestAccuracy:F3} | {Seconds:F1} s");
}
