namespace GanNotebooks.Display;

/// <summary>One named line of a <see cref="ToyCharts.Lines"/> chart.</summary>
/// <param name="Name">The legend entry.</param>
/// <param name="X">The x coordinates.</param>
/// <param name="Y">The y coordinates, as many as <paramref name="X"/>.</param>
/// <param name="Dashed">Draw dashed, e.g. for an exact curve beside a learned one.</param>
public sealed record ChartLine(
    string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y, bool Dashed = false);
