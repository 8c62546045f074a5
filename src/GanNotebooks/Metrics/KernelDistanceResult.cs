namespace GanNotebooks.Metrics;

/// <summary>A Kernel Inception Distance: unbiased MMD² estimates over random subsets.</summary>
/// <param name="Mean">The mean of the subset estimates.</param>
/// <param name="StandardDeviation">Their standard deviation (population, as numpy's std).</param>
/// <param name="SubsetValues">Each subset's unbiased MMD² estimate; may be slightly negative.</param>
/// <param name="SubsetSize">Samples drawn from each set for every subset.</param>
public sealed record KernelDistanceResult(
    double Mean,
    double StandardDeviation,
    IReadOnlyList<double> SubsetValues,
    int SubsetSize)
{
    /// <summary>The distance as "mean ± std over k subsets of m".</summary>
    /// <returns>One line.</returns>
    public override string ToString() => FormattableString.Invariant(
        $"KID {Mean:G6} ± {StandardDeviation:G4} ({SubsetValues.Count} subsets of {SubsetSize})");
}
