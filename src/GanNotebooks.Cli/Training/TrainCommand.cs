using System.CommandLine;

namespace GanNotebooks.Cli.Training;

/// <summary><c>gan train</c>: training with checkpoints, metrics.csv and sample grids.</summary>
public static class TrainCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The <c>train</c> command.</returns>
    public static Command Create()
    {
        var data = new Option<string?>("--data")
        {
            Description = "Fashion-MNIST folder [default: data/fashion-mnist above this folder]",
        };
        var epochs = new Option<int?>("--epochs")
        {
            Description = "Passes over the data [default: quick 1, full 10]",
        };
        var batchSize = new Option<int?>("--batch-size")
        {
            Description = "Real images per step [default: quick 64, full 128]",
        };
        var seed = new Option<long>("--seed")
        {
            Description = "Seeds weights, dropout, latents and batch order",
            DefaultValueFactory = _ => 1,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Run folder [default: artifacts/train/<mode>]",
        };
        var resume = new Option<bool>("--resume")
        {
            Description = "Continue the run in --output from its checkpoint",
        };
        var mode = new Option<string>("--mode")
        {
            Description = "quick (width 0.25, 6,400 images) or full (classic networks, 60,000 images)",
            DefaultValueFactory = _ => "quick",
        };
        mode.AcceptOnlyFromAmong("quick", "full");
        var sampleEvery = new Option<int?>("--sample-every")
        {
            Description = "Steps between sample grids; 0 for none [default: quick 25, full 250]",
        };
        var progressEvery = Number("--progress-every", "Steps between progress lines", 10);
        var checkpointEvery = Number("--checkpoint-every", "Steps between checkpoints", 50);
        var maxSteps = new Option<long?>("--max-steps")
        {
            Description = "Stop after this many steps in total; 0 for no limit [default: none, or "
                + "the limit of the run being resumed]",
        };

        var command = new Command("train", "Train the GAN on Fashion-MNIST, resumably")
        {
            data, epochs, batchSize, seed, output, resume, mode, sampleEvery, progressEvery, checkpointEvery,
            maxSteps,
        };
        command.SetAction((result, cancellation) =>
        {
            var arguments = new TrainArguments(
                result.GetValue(data), result.GetValue(epochs), result.GetValue(batchSize),
                result.GetValue(seed), result.GetValue(output), result.GetValue(resume),
                result.GetValue(mode)!, result.GetValue(sampleEvery), result.GetValue(progressEvery),
                result.GetValue(checkpointEvery), result.GetValue(maxSteps),
                ModeGiven: result.GetResult(mode) is { Implicit: false },
                SeedGiven: result.GetResult(seed) is { Implicit: false });
            return Task.Run(() => TrainRunner.Run(arguments, cancellation), CancellationToken.None);
        });
        return command;
    }

    private static Option<int> Number(string name, string description, int fallback) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => fallback,
    };
}
