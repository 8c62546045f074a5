using GanNotebooks.Classification;
using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

namespace GanNotebooks.Display;

/// <summary>Charts of the few-label classifiers: accuracy against labels, and features in the plane.</summary>
/// <remarks>In a notebook, call <c>NotebookHost.Initialize</c> before the first chart.</remarks>
public static class ClassifierCharts
{
    /// <summary>
    /// Mean test accuracy of each method against the number of labelled images (log axis), with
    /// the lowest and highest seed's accuracy as error bars when there are several seeds.
    /// </summary>
    /// <param name="runs">The measured runs.</param>
    /// <param name="title">The chart title.</param>
    /// <returns>The chart.</returns>
    public static GenericChart AccuracyByLabels(IEnumerable<ClassifierRun> runs, string title)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var lines = new List<GenericChart>();
        foreach (var method in runs.GroupBy(r => r.Method))
        {
            var byLabels = method.GroupBy(r => r.Labels).OrderBy(g => g.Key).ToList();
            double[] mean = byLabels.Select(g => g.Average(r => r.TestAccuracy)).ToArray();
            var line = Chart.Line<int, double, string>(
                x: byLabels.Select(g => g.Key).ToArray(), y: mean, ShowMarkers: true, Name: method.Key);
            double[] above = byLabels.Select((g, i) => g.Max(r => r.TestAccuracy) - mean[i]).ToArray();
            double[] below = byLabels.Select((g, i) => mean[i] - g.Min(r => r.TestAccuracy)).ToArray();
            if (above.Any(a => a > 0))
            {
                // NOTE: set by its plotly.js name; Plotly.NET's error-bar helper takes F# options.
                var trace = GenericChart.getTraces(line).Single();
                trace.SetProperty("error_y", new Dictionary<string, object>
                {
                    ["type"] = "data", ["symmetric"] = false, ["array"] = above, ["arrayminus"] = below,
                });
                line = GenericChart.ofTraceObject(true, trace);
            }
            lines.Add(line);
        }

        var chart = Chart.Combine(lines)
            .WithXAxisStyle<double, double, string>(TitleText: "labelled training images",
                AxisType: StyleParam.AxisType.Log)
            .WithYAxisStyle<double, double, string>(TitleText: "test accuracy");
        return Charts.Titled(chart, title);
    }

    /// <summary>Points in the plane, one colour per class, e.g. projected discriminator features.</summary>
    /// <param name="points">Coordinates [N, 2].</param>
    /// <param name="labels">The class of each point.</param>
    /// <param name="classNames">Names of the classes, indexed by label.</param>
    /// <param name="title">The chart title.</param>
    /// <returns>The chart.</returns>
    public static GenericChart FeatureScatter(
        double[,] points, IReadOnlyList<long> labels, IReadOnlyList<string> classNames, string title)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(classNames);
        if (points.GetLength(0) != labels.Count || points.GetLength(1) != 2)
        {
            throw new ArgumentException(
                $"Expected points [{labels.Count}, 2], one per label, found "
                + $"[{points.GetLength(0)}, {points.GetLength(1)}].", nameof(points));
        }

        var traces = Enumerable.Range(0, classNames.Count).Select(c =>
        {
            int[] rows = Enumerable.Range(0, labels.Count).Where(i => labels[i] == c).ToArray();
            return Chart.Point<double, double, string>(
                x: rows.Select(i => points[i, 0]).ToArray(), y: rows.Select(i => points[i, 1]).ToArray(),
                Name: classNames[c], Opacity: 0.7);
        });
        var chart = Chart.Combine(traces)
            .WithXAxisStyle<double, double, string>(TitleText: "first principal component")
            .WithYAxisStyle<double, double, string>(TitleText: "second principal component");
        return Charts.Titled(chart, title);
    }
}
