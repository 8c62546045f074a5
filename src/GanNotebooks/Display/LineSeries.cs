namespace GanNotebooks.Display;

/// <summary>One named line (or set of points) of a chart drawn by <see cref="Charts.Lines"/>.</summary>
/// <param name="Name">The legend entry.</param>
/// <param name="X">The horizontal coordinates.</param>
/// <param name="Y">The vertical coordinates, one per <paramref name="X"/>.</param>
/// <param name="MarkersOnly">Draw the points as markers without a connecting line.</param>
public sealed record LineSeries(string Name, double[] X, double[] Y, bool MarkersOnly = false);
