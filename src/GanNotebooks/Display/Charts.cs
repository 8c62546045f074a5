using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

namespace GanNotebooks.Display;

/// <summary>The course's recurring Plotly.NET charts, so that notebook cells stay one line.</summary>
/// <remarks>In a notebook, call <c>NotebookHost.Initialize</c> before the first chart.</remarks>
public static class Charts
{
    /// <summary>
    /// Overlaid histograms of the discriminator's scores D(x) on real and on generated images,
    /// on a fixed [0, 1] axis so that charts before and after training compare directly.
    /// </summary>
    /// <param name="realScores">D(x) for real images.</param>
    /// <param name="fakeScores">D(G(z)) for generated images.</param>
    /// <param name="title">The chart title.</param>
    /// <returns>The chart.</returns>
    public static GenericChart ScoreHistogram(
        IEnumerable<double> realScores, IEnumerable<double> fakeScores, string title = "Discriminator scores")
    {
        ArgumentNullException.ThrowIfNull(realScores);
        ArgumentNullException.ThrowIfNull(fakeScores);
        var bins = Plotly.NET.TraceObjects.Bins.init(Start: 0.0, End: 1.0, Size: 0.02);
        var real = Chart.Histogram<double, double, string>(
            X: realScores.ToArray(), Name: "real: D(x)", Opacity: 0.6, XBins: bins);
        var fake = Chart.Histogram<double, double, string>(
            X: fakeScores.ToArray(), Name: "generated: D(G(z))", Opacity: 0.6, XBins: bins);
        var chart = Chart.Combine([real, fake])
            .WithXAxisStyle<double, double, string>(
                TitleText: "score D (probability of real)", MinMax: (0.0, 1.0).ToTuple())
            .WithYAxisStyle<double, double, string>(TitleText: "images");
        return WithLayout(Titled(chart, title), "barmode", "overlay");
    }

    /// <summary>A bar chart of parameter counts, e.g. of the generator and the discriminator.</summary>
    /// <param name="counts">Name and number of parameters of each model.</param>
    /// <param name="title">The chart title.</param>
    /// <returns>The chart.</returns>
    public static GenericChart ParameterCounts(IEnumerable<(string Name, long Count)> counts, string title)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var list = counts.ToList();
        var chart = Chart.Column<long, string, string>(
                values: list.Select(c => c.Count).ToArray(), Keys: list.Select(c => c.Name).ToArray())
            .WithYAxisStyle<double, double, string>(TitleText: "parameters");
        return Titled(chart, title);
    }

    /// <summary>
    /// Lines (or points) sharing one pair of axes, e.g. a loss per training step. Values that are
    /// not finite are left out, so a series measured only some of the time still draws.
    /// </summary>
    /// <param name="series">The lines, each with its own legend entry.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="xTitle">The horizontal axis title.</param>
    /// <param name="yTitle">The vertical axis title.</param>
    /// <param name="logY">Use a logarithmic vertical axis.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">A series has more x than y values or the reverse.</exception>
    public static GenericChart Lines(
        IEnumerable<LineSeries> series, string title, string xTitle, string yTitle, bool logY = false)
    {
        ArgumentNullException.ThrowIfNull(series);
        var traces = new List<GenericChart>();
        foreach (var s in series)
        {
            if (s.X.Length != s.Y.Length)
            {
                throw new ArgumentException(
                    $"Series '{s.Name}' has {s.X.Length} x values and {s.Y.Length} y values.",
                    nameof(series));
            }
            int[] kept = Enumerable.Range(0, s.X.Length)
                .Where(i => double.IsFinite(s.X[i]) && double.IsFinite(s.Y[i])).ToArray();
            double[] x = kept.Select(i => s.X[i]).ToArray(), y = kept.Select(i => s.Y[i]).ToArray();
            traces.Add(s.MarkersOnly
                ? Chart.Point<double, double, string>(x: x, y: y, Name: s.Name, Opacity: 0.6)
                : Chart.Line<double, double, string>(x: x, y: y, Name: s.Name));
        }

        var chart = Chart.Combine(traces)
            .WithXAxisStyle<double, double, string>(TitleText: xTitle)
            .WithYAxisStyle<double, double, string>(TitleText: yTitle,
                AxisType: logY ? StyleParam.AxisType.Log : StyleParam.AxisType.Linear);
        return Titled(chart, title);
    }

    /// <summary>Sets a chart's title.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="title">The title.</param>
    /// <returns>The titled chart.</returns>
    public static GenericChart Titled(GenericChart chart, string title) =>
        WithLayout(chart, "title", new Dictionary<string, object> { ["text"] = title });

    // NOTE: Plotly.NET's own layout helpers take F# options that C# cannot leave out, so the
    // few layout fields the course needs are set by their plotly.js names.
    private static GenericChart WithLayout(GenericChart chart, string field, object value)
    {
        var layout = GenericChart.getLayout(chart);
        layout.SetProperty(field, value);
        return GenericChart.setLayout(layout, chart);
    }
}
