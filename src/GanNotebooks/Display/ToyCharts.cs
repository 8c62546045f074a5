using System.Globalization;
using GanNotebooks.Toy;
using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

namespace GanNotebooks.Display;

/// <summary>Charts of the toy-data notebook: curves with a reference level, and snapshots of a
/// toy GAN in the plane (discriminator heat map, points, the generator's push).</summary>
/// <remarks>In a notebook, call <c>NotebookHost.Initialize</c> before the first chart.</remarks>
public static class ToyCharts
{
    /// <summary>Several lines on shared axes, with an optional horizontal reference line.</summary>
    /// <param name="lines">The lines.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="xTitle">The x axis title.</param>
    /// <param name="yTitle">The y axis title.</param>
    /// <param name="reference">The level of a dotted reference line, e.g. −log 4; none when
    /// null.</param>
    /// <param name="referenceName">The reference line's legend entry.</param>
    /// <returns>The chart.</returns>
    public static GenericChart Lines(
        IEnumerable<ChartLine> lines, string title, string xTitle, string yTitle,
        double? reference = null, string referenceName = "reference")
    {
        ArgumentNullException.ThrowIfNull(lines);
        var list = lines.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("Expected at least one line, found none.", nameof(lines));
        }
        if (list.FirstOrDefault(l => l.X.Count != l.Y.Count) is ChartLine bad)
        {
            throw new ArgumentException(
                $"Expected as many y as x values in '{bad.Name}', found {bad.Y.Count} y "
                + $"and {bad.X.Count} x.", nameof(lines));
        }

        var traces = list.Select(l => Chart.Line<double, double, string>(
            x: l.X, y: l.Y, Name: l.Name,
            LineDash: l.Dashed ? StyleParam.DrawingStyle.Dash : StyleParam.DrawingStyle.Solid))
            .ToList();
        if (reference is double level)
        {
            double low = list.Min(l => l.X.Min()), high = list.Max(l => l.X.Max());
            traces.Add(Chart.Line<double, double, string>(
                x: [low, high], y: [level, level], Name: referenceName,
                LineDash: StyleParam.DrawingStyle.Dot, LineColor: Color.fromString("black")));
        }
        var chart = Chart.Combine(traces)
            .WithXAxisStyle<double, double, string>(TitleText: xTitle)
            .WithYAxisStyle<double, double, string>(TitleText: yTitle);
        return Charts.Titled(chart, title);
    }

    /// <summary>
    /// A row of panels, one per snapshot of a 2-D toy GAN: D(x) as a heat map on [0, 1] (red 0,
    /// blue 1), real
    /// points, generated points, and from each generated point a segment along the generator's
    /// push −∂ℓ_G/∂x. Segment lengths are scaled per panel so that the longest is
    /// <paramref name="longestArrow"/>; only directions and relative sizes within a panel count.
    /// </summary>
    /// <param name="panels">Each panel's title and snapshot; the snapshots must be of 2-D
    /// data.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="arrows">How many generated points get a segment (the first ones).</param>
    /// <param name="longestArrow">Length of the longest segment, in data units.</param>
    /// <returns>The chart.</returns>
    public static GenericChart Snapshots(
        IReadOnlyList<(string Title, ToyGanSnapshot Snapshot)> panels,
        string title, int arrows = 64, double longestArrow = 0.6)
    {
        ArgumentNullException.ThrowIfNull(panels);
        if (panels.Count == 0)
        {
            throw new ArgumentException("Expected at least one panel, found none.", nameof(panels));
        }
        foreach (var (name, snapshot) in panels)
        {
            if (snapshot.Real.GetLength(1) != 2)
            {
                throw new ArgumentException($"Expected snapshots of 2-D data, found "
                    + $"{snapshot.Real.GetLength(1)}-D in '{name}'.", nameof(panels));
            }
        }

        var cells = panels.Select((p, i) => Panel(p.Snapshot, i == 0, arrows, longestArrow));
        string[] titles = panels.Select(p => p.Title).ToArray();
        var grid = Chart.Grid(cells, 1, panels.Count, SubPlotTitles: titles);
        var layout = GenericChart.getLayout(grid);
        for (int i = 0; i < panels.Count; i++)
        {
            // Fixed to the grid, so that points thrown far out do not shrink the heat map.
            double[] axis = panels[i].Snapshot.Axis;
            var range = new Dictionary<string, object> { ["range"] = new[] { axis[0], axis[^1] } };
            string suffix = i == 0 ? "" : (i + 1).ToString(CultureInfo.InvariantCulture);
            layout.SetProperty("xaxis" + suffix, range);
            layout.SetProperty("yaxis" + suffix, range);
        }
        layout.SetProperty("width", 60 + 290 * panels.Count);
        layout.SetProperty("height", 380);
        layout.SetProperty("legend",
            new Dictionary<string, object> { ["orientation"] = "h", ["y"] = -0.12 });
        return Charts.Titled(GenericChart.setLayout(layout, grid), title);
    }

    private static GenericChart Panel(
        ToyGanSnapshot snapshot, bool showLegend, int arrows, double longestArrow)
    {
        int n = snapshot.Axis.Length;
        var z = Enumerable.Range(0, n)
            .Select(row => Enumerable.Range(0, n).Select(column => snapshot.Scores[row, column]));
        var heat = Chart.Heatmap<double, double, double, string>(
            zData: z, X: snapshot.Axis, Y: snapshot.Axis, Name: "D(x)", ShowScale: showLegend,
            ColorScale: StyleParam.Colorscale.RdBu, ReverseScale: true, ShowLegend: false);
        heat = SetTraceProperties(heat, ("zmin", 0.0), ("zmax", 1.0));

        var real = Points(snapshot.Real, "real", "black", showLegend);
        var generated = Points(snapshot.Generated, "generated", "orange", showLegend);
        var push = Arrows(snapshot, showLegend, arrows, longestArrow);
        return Chart.Combine([heat, real, generated, push]);
    }

    private static GenericChart Points(double[,] points, string name, string color, bool showLegend)
    {
        int count = points.GetLength(0);
        return Chart.Point<double, double, string>(
            x: Enumerable.Range(0, count).Select(i => points[i, 0]).ToArray(),
            y: Enumerable.Range(0, count).Select(i => points[i, 1]).ToArray(),
            Name: name, ShowLegend: showLegend, MarkerColor: Color.fromString(color), Opacity: 0.7);
    }

    private static GenericChart Arrows(
        ToyGanSnapshot snapshot, bool showLegend, int arrows, double longestArrow)
    {
        int count = Math.Min(arrows, snapshot.Generated.GetLength(0));
        double longest = Enumerable.Range(0, count)
            .Select(i => Math.Sqrt(Square(snapshot.Push[i, 0]) + Square(snapshot.Push[i, 1])))
            .DefaultIfEmpty(0)
            .Max();
        double scale = longest > 0 ? longestArrow / longest : 0;

        // One trace of segments separated by nulls, which plotly.js draws as gaps.
        var x = new List<object?>();
        var y = new List<object?>();
        for (int i = 0; i < count; i++)
        {
            double x0 = snapshot.Generated[i, 0], y0 = snapshot.Generated[i, 1];
            x.AddRange([x0, x0 + scale * snapshot.Push[i, 0], null]);
            y.AddRange([y0, y0 + scale * snapshot.Push[i, 1], null]);
        }
        var chart = Chart.Line<double, double, string>(x: [0.0], y: [0.0],
            Name: "generator's push −∂ℓ_G/∂x", ShowLegend: showLegend,
            LineColor: Color.fromString("darkgreen"));
        return SetTraceProperties(chart, ("x", x.ToArray()), ("y", y.ToArray()));
    }

    // NOTE: set by plotly.js names; Plotly.NET's C# helpers cannot express these fields.
    private static GenericChart SetTraceProperties(
        GenericChart chart, params (string Name, object Value)[] fields)
    {
        var trace = GenericChart.getTraces(chart).Single();
        foreach (var (name, value) in fields) trace.SetProperty(name, value);
        return GenericChart.ofTraceObject(true, trace);
    }

    private static double Square(double x) => x * x;
}
