using System.Diagnostics;

namespace GanNotebooks.Toy;

/// <summary>Trains a <see cref="ToyGan"/> for a number of steps, reporting and taking
/// snapshots.</summary>
public static class ToyGanTrainer
{
    /// <summary>Runs <see cref="ToyTrainingOptions.Steps"/> steps of
    /// <paramref name="gan"/>.</summary>
    /// <param name="gan">The pair to train; it keeps training from where it is.</param>
    /// <param name="options">Length, report interval, snapshot steps and grid.</param>
    /// <param name="progress">Receives every report as it is made; may be null.</param>
    /// <returns>Reports and snapshots.</returns>
    public static ToyGanRun Train(ToyGan gan, ToyTrainingOptions options,
        IProgress<ToyGanProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(gan);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var snapshotSteps = new HashSet<int>(options.SnapshotSteps ?? []);
        var history = new List<ToyGanProgress>();
        var snapshots = new List<ToyGanSnapshot>();
        var total = Stopwatch.StartNew();
        var sinceReport = Stopwatch.StartNew();
        int stepsSinceReport = 0;

        if (snapshotSteps.Contains(0)) snapshots.Add(Snapshot(gan, options));
        for (int step = 1; step <= options.Steps; step++)
        {
            var metrics = gan.Step();
            stepsSinceReport++;

            if (step % options.ReportEvery == 0 || step == options.Steps)
            {
                double milliseconds = sinceReport.Elapsed.TotalMilliseconds / stepsSinceReport;
                var report = new ToyGanProgress(metrics, gan.EstimateObjective(
                    options.EvaluationSamples),
                    milliseconds);
                history.Add(report);
                progress?.Report(report);
                sinceReport.Restart();
                stepsSinceReport = 0;
            }
            if (snapshotSteps.Contains(step)) snapshots.Add(Snapshot(gan, options));
        }
        return new ToyGanRun(history, snapshots, total.Elapsed);
    }

    /// <summary>Takes a snapshot of <paramref name="gan"/> as it is now.</summary>
    /// <param name="gan">The pair.</param>
    /// <param name="options">Sample count and grid.</param>
    /// <returns>The snapshot.</returns>
    public static ToyGanSnapshot Snapshot(ToyGan gan, ToyTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(gan);
        ArgumentNullException.ThrowIfNull(options);
        int n = options.GridResolution;
        double[] axis = Enumerable.Range(0, n)
            .Select(i => options.GridLow + (options.GridHigh - options.GridLow) * i / (
                n - 1)).ToArray();
        bool plane = gan.Data.Dimensions == 2;
        var grid = new double[plane ? n * n : n, gan.Data.Dimensions];
        for (int row = 0; row < (plane ? n : 1); row++)
        {
            for (int column = 0; column < n; column++)
            {
                grid[row * n + column, 0] = axis[column];
                if (plane) grid[row * n + column, 1] = axis[row];
            }
        }

        double[] flat = gan.Score(grid);
        var scores = new double[plane ? n : 1, n];
        for (int i = 0; i < flat.Length; i++) scores[i / n, i % n] = flat[i];
        var real = gan.SampleReal(options.SnapshotSamples);
        var generated = gan.Generate(options.SnapshotSamples);
        double objective = gan.EstimateObjective(options.EvaluationSamples);
        return new ToyGanSnapshot(
            gan.Steps, real, generated, gan.GeneratorPush(generated), axis, scores, objective);
    }
}
