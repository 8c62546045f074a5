namespace GanNotebooks.Metrics;

/// <summary>An Inception Score over several splits of the samples.</summary>
/// <param name="Mean">The mean of the split scores.</param>
/// <param name="StandardDeviation">Their standard deviation (population, as numpy's std).</param>
/// <param name="SplitScores">The score of each split, exp(mean KL(p(y|x) || p(y))).</param>
/// <param name="Samples">How many samples were scored.</param>
public sealed record InceptionScoreResult(
    double Mean,
    double StandardDeviation,
    IReadOnlyList<double> SplitScores,
    int Samples)
{
    /// <summary>The score as "mean ± std over k splits".</summary>
    /// <returns>One line.</returns>
    public override string ToString() => FormattableString.Invariant(
        $"IS {Mean:F4} ± {StandardDeviation:F4} ({SplitScores.Count} splits of {Samples} samples)");
}
