using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

namespace GanNotebooks.Display;

/// <summary>Charts of the evaluation notebook: metrics against steps, sample sizes or splits.</summary>
/// <remarks>In a notebook, call <c>NotebookHost.Initialize</c> before the first chart.</remarks>
public static class EvaluationCharts
{
    /// <summary>One line with markers per series, on shared axes.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="xTitle">The x axis title.</param>
    /// <param name="yTitle">The y axis title.</param>
    /// <param name="series">Each line: its name and its points.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">A series' x and y differ in length.</exception>
    public static GenericChart Lines(
        string title, string xTitle, string yTitle, params (string Name, double[] X, double[] Y)[] series)
    {
        ArgumentNullException.ThrowIfNull(series);
        foreach (var (name, x, y) in series)
        {
            if (x.Length != y.Length)
            {
                throw new ArgumentException(
                    $"Expected as many y as x values in '{name}', found {y.Length} and {x.Length}.",
                    nameof(series));
            }
        }

        var lines = series.Select(s => Chart.Line<double, double, string>(
            x: s.X, y: s.Y, ShowMarkers: true, Name: s.Name));
        var chart = Chart.Combine(lines)
            .WithXAxisStyle<double, double, string>(TitleText: xTitle)
            .WithYAxisStyle<double, double, string>(TitleText: yTitle);
        return Charts.Titled(chart, title);
    }
}
