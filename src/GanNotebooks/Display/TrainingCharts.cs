using GanNotebooks.Training;
using Plotly.NET;

namespace GanNotebooks.Display;

/// <summary>Charts of a training run's history: losses, accuracies and other per-step values.</summary>
/// <remarks>In a notebook, call <c>NotebookHost.Initialize</c> before the first chart.</remarks>
public static class TrainingCharts
{
    /// <summary>The discriminator's loss on real and on generated images per step, and optionally
    /// the generator's loss.</summary>
    /// <param name="history">The metrics of every step.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="withGenerator">Also draw the generator's loss.</param>
    /// <returns>The chart.</returns>
    public static GenericChart Losses(
        IReadOnlyList<StepMetrics> history, string title, bool withGenerator = true)
    {
        ArgumentNullException.ThrowIfNull(history);
        var series = new List<LineSeries>
        {
            Series(history, "D loss on real", m => m.LossReal),
            Series(history, "D loss on generated", m => m.LossFake),
        };
        if (withGenerator) series.Add(Series(history, "G loss", m => m.LossGenerator));
        return Charts.Lines(series, title, "step", "binary cross entropy");
    }

    /// <summary>The discriminator's accuracy on real and on generated images per step.</summary>
    /// <param name="history">The metrics of every step.</param>
    /// <param name="title">The chart title.</param>
    /// <returns>The chart.</returns>
    public static GenericChart Accuracies(IReadOnlyList<StepMetrics> history, string title)
    {
        ArgumentNullException.ThrowIfNull(history);
        return Charts.Lines(
            [
                Series(history, "accuracy on real", m => m.AccuracyReal),
                Series(history, "accuracy on generated", m => m.AccuracyFake),
            ],
            title, "step", "share classified correctly");
    }

    /// <summary>One value per step of several runs on one chart, e.g. to compare two losses.</summary>
    /// <param name="runs">Each run's legend name and history.</param>
    /// <param name="value">The value to draw, e.g. <c>m =&gt; m.MeanFakeScore</c>.</param>
    /// <param name="yTitle">The vertical axis title.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="logY">Use a logarithmic vertical axis.</param>
    /// <returns>The chart.</returns>
    public static GenericChart Compare(
        IEnumerable<(string Name, IReadOnlyList<StepMetrics> History)> runs,
        Func<StepMetrics, double> value, string yTitle, string title, bool logY = false)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(value);
        var series = runs.Select(r => Series(r.History, r.Name, value));
        return Charts.Lines(series, title, "step", yTitle, logY);
    }

    /// <summary>
    /// The saturation plot: the size of the generator loss's gradient with respect to the
    /// discriminator's logit, against the score D(G(z)), for the minimax loss log(1 - D) and the
    /// non-saturating loss -log D. Analytic curves, and measured points when given.
    /// </summary>
    /// <param name="measuredScores">D(G(z)) of measured images; may be empty.</param>
    /// <param name="measuredMinimax">|dL/dlogit| of the minimax loss for those images.</param>
    /// <param name="measuredNonSaturating">|dL/dlogit| of the non-saturating loss for them.</param>
    /// <param name="title">The chart title.</param>
    /// <returns>The chart.</returns>
    public static GenericChart Saturation(
        double[] measuredScores, double[] measuredMinimax, double[] measuredNonSaturating, string title)
    {
        ArgumentNullException.ThrowIfNull(measuredScores);
        double[] scores = Enumerable.Range(1, 199).Select(i => i / 200.0).ToArray();
        double[] Analytic(GeneratorLoss loss) =>
            scores.Select(s => Math.Abs(GeneratorLossGradient.Analytic(loss, s))).ToArray();
        var series = new List<LineSeries>
        {
            new("minimax log(1 - D), analytic", scores, Analytic(GeneratorLoss.Minimax)),
            new("non-saturating -log D, analytic", scores, Analytic(GeneratorLoss.NonSaturating)),
        };
        if (measuredScores.Length > 0)
        {
            series.Add(new("minimax, measured", measuredScores, measuredMinimax, MarkersOnly: true));
            series.Add(new("non-saturating, measured", measuredScores, measuredNonSaturating,
                MarkersOnly: true));
        }
        return Charts.Lines(series, title, "D(G(z))", "|dL/d logit|");
    }

    private static LineSeries Series(
        IReadOnlyList<StepMetrics> history, string name, Func<StepMetrics, double> value) =>
        new(name, history.Select(m => (double)m.Step).ToArray(), history.Select(value).ToArray());
}
