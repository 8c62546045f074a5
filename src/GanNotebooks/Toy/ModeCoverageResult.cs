using System.Globalization;

namespace GanNotebooks.Toy;

/// <summary>How well a set of points covers the modes of a mixture.</summary>
/// <param name="ModesCovered">Modes that hold at least the minimum share of the points.</param>
/// <param name="Modes">Modes in total.</param>
/// <param name="HighQualityShare">Share of points within the distance limit of their nearest
/// mode.</param>
/// <param name="PointsPerMode">High-quality points whose nearest mode is each mode.</param>
/// <param name="Points">Points measured.</param>
public sealed record ModeCoverageResult(
    int ModesCovered,
    int Modes,
    double HighQualityShare,
    IReadOnlyList<int> PointsPerMode,
    int Points)
{
    /// <summary>One line, e.g. <c>modes 8 of 8 | high quality 91.2 % | per mode 120, 131,
    /// ...</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"modes {ModesCovered} of {Modes} | high quality {100 * HighQualityShare:F1} % | "
        + $"per mode {string.Join(", ", PointsPerMode)}");
}
