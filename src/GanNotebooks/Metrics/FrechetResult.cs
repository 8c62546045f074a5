namespace GanNotebooks.Metrics;

/// <summary>A Fréchet distance and the numerical steps taken to compute it.</summary>
/// <param name="Distance">
/// The squared Fréchet distance |mu1 - mu2|² + tr(C1) + tr(C2) - 2 tr sqrt(C1 C2): the FID when
/// the features are Inception's.
/// </param>
/// <param name="MeanTerm">|mu1 - mu2|², the part due to the means.</param>
/// <param name="CovarianceTerm">tr(C1) + tr(C2) - 2 tr sqrt(C1 C2), the part due to the
/// covariances.</param>
/// <param name="Warnings">
/// What was done that a reader should know: singular covariances, eigenvalues clamped to 0, a
/// round-off below 0 set to 0. Empty when nothing needed attention.
/// </param>
public sealed record FrechetResult(
    double Distance,
    double MeanTerm,
    double CovarianceTerm,
    IReadOnlyList<string> Warnings)
{
    /// <summary>True when <see cref="Warnings"/> holds anything.</summary>
    public bool HasWarnings => Warnings.Count > 0;

    /// <summary>The distance with its two terms, and the warnings if any.</summary>
    /// <returns>One line, or more when there are warnings.</returns>
    public override string ToString()
    {
        string line = FormattableString.Invariant(
            $"FID {Distance:F4} (means {MeanTerm:F4}, covariances {CovarianceTerm:F4})");
        return Warnings.Count == 0 ? line : line + "; " + string.Join("; ", Warnings);
    }
}
