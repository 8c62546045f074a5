namespace GanNotebooks.Metrics.Fashion;

/// <summary>What one epoch of classifier training achieved.</summary>
/// <param name="Epoch">The epoch, from 1.</param>
/// <param name="TrainLoss">Mean cross entropy over the epoch's steps.</param>
/// <param name="TestAccuracy">Share of test images classified correctly, 0 to 1.</param>
/// <param name="Seconds">Wall time of the epoch, evaluation included.</param>
public sealed record ClassifierEpoch(int Epoch, double TrainLoss, double TestAccuracy, double Seconds)
{
    /// <summary>One log line with fixed fields.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => FormattableString.Invariant(
        $"epoch {Epoch} | loss {TrainLoss:F4} | test accuracy {100 * TestAccuracy:F2} % | {Seconds:F0} s");
}
