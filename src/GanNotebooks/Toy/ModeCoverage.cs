namespace GanNotebooks.Toy;

/// <summary>
/// Mode coverage of generated points on a mixture of isotropic Gaussians: a point is of high
/// quality when it lies within three standard deviations of its nearest mode's centre, and a mode
/// is covered when enough high-quality points fall on it.
/// </summary>
public static class ModeCoverage
{
    /// <summary>High-quality distance in standard deviations.</summary>
    public const double QualityDeviations = 3;

    /// <summary>Measures points against the modes of a ring of Gaussians.</summary>
    /// <param name="points">Generated points [N, 2], N at least 1.</param>
    /// <param name="ring">The real distribution, whose centres and standard deviation are
    /// used.</param>
    /// <param name="minimumShare">The share of all points a mode must hold to count as
    /// covered.</param>
    /// <returns>Modes covered, the high-quality share and the points on each mode.</returns>
    public static ModeCoverageResult Measure(double[,] points, GaussianRing2D ring,
        double minimumShare = 0.01)
    {
        ArgumentNullException.ThrowIfNull(ring);
        return Measure(points, ring.Centers, ring.StandardDeviation, minimumShare);
    }

    /// <summary>Measures points against modes with the given centres and standard
    /// deviation.</summary>
    /// <param name="points">Generated points [N, 2], N at least 1.</param>
    /// <param name="centers">The centres of the modes, at least one.</param>
    /// <param name="standardDeviation">Each mode's standard deviation per axis, positive.</param>
    /// <param name="minimumShare">
    /// The share of all points a mode must hold to count as covered, in (0, 1]. NOTE: a share
    /// rather than a single point, so that a few stray points passing near a mode do not count as
    /// the generator having learned it; 1 % is one-twelfth of a fair share among 8 modes.
    /// </param>
    /// <returns>Modes covered, the high-quality share and the points on each mode.</returns>
    public static ModeCoverageResult Measure(double[,] points,
        IReadOnlyList<(double X, double Y)> centers, double standardDeviation,
        double minimumShare = 0.01)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(centers);
        if (points.GetLength(0) < 1 || points.GetLength(1) != 2)
        {
            throw new ArgumentException(
                $"Expected points [N ≥ 1, 2], found "
                + $"[{points.GetLength(0)}, {points.GetLength(1)}].",
                nameof(points));
        }
        if (centers.Count < 1)
        {
            throw new ArgumentException("Expected at least one mode centre, found none.",
                nameof(centers));
        }
        if (!(standardDeviation > 0) || !(minimumShare > 0 && minimumShare <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(standardDeviation),
                $"Expected a positive standard deviation and a minimum share in (0, 1], found "
                + $"{standardDeviation} and {minimumShare}.");
        }

        int n = points.GetLength(0);
        double limit = QualityDeviations * standardDeviation;
        var perMode = new int[centers.Count];
        int highQuality = 0;
        for (int i = 0; i < n; i++)
        {
            int nearest = 0;
            double best = double.PositiveInfinity;
            for (int k = 0; k < centers.Count; k++)
            {
                double distance = Math.Sqrt(Square(points[i, 0] - centers[k].X)
                    + Square(points[i, 1] - centers[k].Y));
                if (distance < best) (best, nearest) = (distance, k);
            }
            if (best <= limit)
            {
                highQuality++;
                perMode[nearest]++;
            }
        }

        int covered = perMode.Count(count => count >= minimumShare * n);
        return new ModeCoverageResult(covered, centers.Count, (double)highQuality / n, perMode, n);
    }

    private static double Square(double x) => x * x;
}
