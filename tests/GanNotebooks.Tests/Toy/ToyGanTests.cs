using GanNotebooks.Toy;
using GanNotebooks.Training;

namespace GanNotebooks.Tests.Toy;

public sealed class ToyGanTests
{
    private static readonly ToyGanSettings Small = new(HiddenWidth: 16, BatchSize: 64, Seed: 11);

    [Fact]
    public void A_toy_GAN_with_a_fixed_seed_is_reproducible()
    {
        var first = Run(Small);
        var second = Run(Small);

        Assert.Equal(first.Objectives, second.Objectives);
        Assert.Equal(first.Losses, second.Losses);
        Assert.Equal(first.Generated, second.Generated);
    }

    [Fact]
    public void Another_seed_gives_another_run()
    {
        var first = Run(Small);
        var other = Run(Small with { Seed = 12 });

        Assert.NotEqual(first.Losses, other.Losses);
    }

    [Fact]
    public void Training_reports_every_interval_and_takes_the_snapshots_asked_for()
    {
        using var gan = new ToyGan(new GaussianRing2D(), Small);
        var reports = new List<ToyGanProgress>();
        var options = new ToyTrainingOptions(Steps: 30, ReportEvery: 10, SnapshotSteps: [0, 30],
            EvaluationSamples: 128, SnapshotSamples: 32, GridResolution: 5);

        var run = ToyGanTrainer.Train(gan, options, new SynchronousProgress<ToyGanProgress>(
            reports.Add));

        Assert.Equal([10L, 20L, 30L], reports.Select(r => r.Metrics.Step));
        Assert.Equal(reports, run.History);
        Assert.Equal([0L, 30L], run.Snapshots.Select(s => s.Step));
        var last = run.Snapshots[^1];
        Assert.Equal(5, last.Scores.GetLength(0));
        Assert.Equal(5, last.Scores.GetLength(1));
        Assert.Equal(32, last.Push.GetLength(0));
        Assert.All(last.Scores.Cast<double>(), score => Assert.InRange(score, 0, 1));
    }

    [Fact]
    public void The_generator_push_points_up_the_discriminator_score()
    {
        using var gan = new ToyGan(new Gaussian1D(2, 0.5), Small);
        ToyGanTrainer.Train(gan, new ToyTrainingOptions(Steps: 20, ReportEvery: 20,
            EvaluationSamples: 64));
        var points = new double[,] { { -1 }, { 0 }, { 1 } };

        var push = gan.GeneratorPush(points);

        // A small step along the push raises log D, to first order by |push|².
        var moved = new double[3, 1];
        for (int i = 0; i < 3; i++) moved[i, 0] = points[i, 0] + 1e-3 * push[i, 0];
        double[] before = gan.Score(points), after = gan.Score(moved);
        for (int i = 0; i < 3; i++) Assert.True(after[i] >= before[i],
            $"point {i}: {before[i]} -> {after[i]}");
    }

    private static (double[] Objectives, double[] Losses, double[,] Generated) Run(
        ToyGanSettings settings)
    {
        using var gan = new ToyGan(new GaussianRing2D(), settings);
        var run = ToyGanTrainer.Train(gan, new ToyTrainingOptions(Steps: 40, ReportEvery: 10,
            EvaluationSamples: 256));
        return (run.History.Select(r => r.Objective).ToArray(),
            run.History.Select(r => r.Metrics.LossDiscriminator
                + r.Metrics.LossGenerator).ToArray(),
            gan.Generate(16));
    }
}
