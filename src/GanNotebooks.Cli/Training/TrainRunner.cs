using GanNotebooks.Data;
using GanNotebooks.Training;
using TorchSharp;

namespace GanNotebooks.Cli.Training;

/// <summary>Runs <c>gan train</c>: sets up or resumes a run, trains, reports in the terminal.</summary>
public static class TrainRunner
{
    /// <summary>The checkpoint's file name inside the output folder.</summary>
    public const string CheckpointFile = "checkpoint.ckpt";

    /// <summary>Exit code of a run stopped by Ctrl+C or SIGTERM, after its checkpoint.</summary>
    public const int Interrupted = 130;

    /// <summary>Trains as the arguments say.</summary>
    /// <param name="arguments">The parsed options.</param>
    /// <param name="cancellation">Fires on Ctrl+C or SIGTERM; the run stops after its step.</param>
    /// <returns>0 when done, 1 when training diverged, <see cref="Interrupted"/> when stopped.</returns>
    public static int Run(TrainArguments arguments, CancellationToken cancellation)
    {
        Check(arguments);
        string output = Path.GetFullPath(arguments.Output
            ?? Path.Combine(RepositoryLayout.FindRoot(), "artifacts", "train", arguments.Mode));
        string checkpointPath = Path.Combine(output, CheckpointFile);

        var (run, gan, checkpoint) = arguments.Resume
            ? Resume(arguments, output, checkpointPath)
            : Start(arguments, output, checkpointPath);
        using (gan)
        using (var images = LoadImages(run))
        {
            var options = TrainerSettings(arguments, checkpoint, checkpointPath, run);
            using var trainer = new Trainer(gan, images, options, checkpoint);
            PrintStartup(run, trainer, images, output, checkpoint is not null);
            return Train(trainer, output, cancellation);
        }
    }

    private static void Check(TrainArguments a)
    {
        AtLeast("--epochs", a.Epochs ?? 1, 1);
        AtLeast("--batch-size", a.BatchSize ?? 1, 1);
        AtLeast("--sample-every", a.SampleEvery ?? 0, 0);
        AtLeast("--progress-every", a.ProgressEvery, 1);
        AtLeast("--checkpoint-every", a.CheckpointEvery, 1);
        AtLeast("--max-steps", a.MaxSteps ?? 0, 0);
    }

    private static void AtLeast(string option, long value, long least)
    {
        if (value < least) throw new ArgumentException($"{option} must be at least {least}, found {value}.");
    }

    private static (TrainRun Run, Gan Gan, Checkpoint? Checkpoint) Start(
        TrainArguments a, string output, string checkpointPath)
    {
        if (File.Exists(checkpointPath))
        {
            throw new InvalidOperationException(
                $"'{output}' already holds a run; pass --resume to continue it, or choose another "
                + "--output.");
        }
        string folder = a.Data is null ? FashionMnist.DefaultFolder : Path.GetFullPath(a.Data);
        var run = new TrainRun(a.Mode, folder, a.Mode == "quick" ? TrainRun.QuickImages : int.MaxValue);
        Directory.CreateDirectory(output);
        run.Save(output);
        return (run, new Gan(TrainRun.GanOptionsFor(a.Mode, a.Seed)), null);
    }

    private static (TrainRun Run, Gan Gan, Checkpoint? Checkpoint) Resume(
        TrainArguments a, string output, string checkpointPath)
    {
        var run = TrainRun.Load(output);
        if (a.ModeGiven && a.Mode != run.Mode)
        {
            throw new ArgumentException(
                $"--mode {a.Mode} does not match the run in '{output}', which is {run.Mode}.");
        }
        var checkpoint = Checkpoint.Load(checkpointPath);
        if (a.SeedGiven && a.Seed != checkpoint.GanOptions.Seed)
        {
            throw new ArgumentException(
                $"--seed {a.Seed} does not match the run in '{output}', which has seed "
                + $"{checkpoint.GanOptions.Seed}.");
        }
        if (a.BatchSize is int size && size != checkpoint.TrainerOptions.BatchSize)
        {
            throw new ArgumentException(
                $"--batch-size {size} does not match the run in '{output}', which has "
                + $"{checkpoint.TrainerOptions.BatchSize}.");
        }
        return (run, checkpoint.CreateGan(), checkpoint);
    }

    private static ImageDataset LoadImages(TrainRun run)
    {
        try
        {
            return run.LoadImages();
        }
        catch (DataFileException e)
        {
            throw new IOException(e.Message, e);
        }
    }

    private static TrainerOptions TrainerSettings(
        TrainArguments a, Checkpoint? checkpoint, string checkpointPath, TrainRun run)
    {
        bool quick = run.Mode == "quick";
        var defaults = checkpoint?.TrainerOptions ?? new TrainerOptions(
            Epochs: quick ? 1 : 10, BatchSize: quick ? 64 : 128, SampleEvery: quick ? 25 : 250);
        return defaults with
        {
            Epochs = a.Epochs ?? defaults.Epochs,
            BatchSize = a.BatchSize ?? defaults.BatchSize,
            SampleEvery = a.SampleEvery ?? defaults.SampleEvery,
            // A resumed run keeps the limit it was started with unless a new one is given.
            MaxSteps = a.MaxSteps ?? defaults.MaxSteps,
            ProgressEvery = a.ProgressEvery,
            CheckpointEvery = a.CheckpointEvery,
            CheckpointPath = checkpointPath,
        };
    }

    private static void PrintStartup(
        TrainRun run, Trainer trainer, ImageDataset images, string output, bool resumed)
    {
        var o = trainer.Options;
        var gan = trainer.Gan;
        var at = trainer.Position;
        long planned = (long)o.Epochs * trainer.Sampler.BatchesPerEpoch;
        if (o.MaxSteps > 0) planned = Math.Min(planned, o.MaxSteps);
        Console.WriteLine(FormattableString.Invariant(
            $"torch {torch.__version__} | {torch.get_num_threads()} threads | device cpu | ")
            + FormattableString.Invariant(
                $"mode {run.Mode} | width {gan.Options.Model.Width} | seed {gan.Options.Seed}"));
        Console.WriteLine(FormattableString.Invariant(
            $"generator {gan.Generator.ParameterCount:N0} parameters | discriminator ")
            + FormattableString.Invariant(
                $"{gan.Discriminator.ParameterCount:N0} parameters | {images.Count:N0} images | ")
            + $"batch {o.BatchSize} | {trainer.Sampler.BatchesPerEpoch} steps/epoch | {o.Epochs} epochs");
        Console.WriteLine(resumed
            ? $"resuming after step {at.Step} (epoch {at.Epoch}, batch {at.Batch}) of {planned} | {output}"
            : $"starting: {planned} steps | {output}");
    }

    private static int Train(Trainer trainer, string output, CancellationToken cancellation)
    {
        string samples = Path.Combine(output, "samples");
        Directory.CreateDirectory(samples);
        var progress = new ConsoleProgress<TrainingProgress>(report =>
        {
            Console.WriteLine(report);
            if (report.Samples is not null) SaveGrid(samples, report.Samples);
        });

        TrainingResult result;
        try
        {
            result = trainer.Run(progress, cancellation);
        }
        catch (TrainingDivergedException e)
        {
            trainer.SaveMetrics(Path.Combine(output, "metrics.csv"));
            Console.Error.WriteLine($"gan: {e.Message} The last good checkpoint stays in '{output}'.");
            return 1;
        }

        foreach (var grid in trainer.Samples) SaveGrid(samples, grid);
        trainer.SaveMetrics(Path.Combine(output, "metrics.csv"));
        if (result.StepsThisRun == 0)
        {
            Console.WriteLine($"nothing to do: the run in {output} is already at step {result.Position.Step}");
            return 0;
        }
        double imagesPerSecond = 1000.0 * trainer.Options.BatchSize / result.MillisecondsPerStep;
        Console.WriteLine(FormattableString.Invariant(
            $"{result.StepsThisRun} steps in {result.Elapsed.TotalSeconds:F1} s | ")
            + FormattableString.Invariant(
                $"{result.MillisecondsPerStep:F0} ms/step | {imagesPerSecond:F0} real images/s | ")
            + $"step {result.Position.Step} | checkpoint, metrics.csv and samples/ in {output}");
        if (result.Completed) return 0;
        Console.WriteLine(
            $"interrupted after step {result.Position.Step}; continue with: gan train --resume -o {output}");
        return Interrupted;
    }

    private static void SaveGrid(string folder, SampleGrid grid) =>
        grid.Image.Save(Path.Combine(folder, FormattableString.Invariant($"step-{grid.Step:D6}.png")));
}
