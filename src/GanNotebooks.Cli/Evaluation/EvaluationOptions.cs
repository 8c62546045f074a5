using System.CommandLine;

namespace GanNotebooks.Cli.Evaluation;

/// <summary>The options every evaluation command shares, and reading them back.</summary>
public sealed class EvaluationOptions
{
    /// <summary>--extractor: which network turns images into features.</summary>
    public Option<string> Extractor { get; } = new("--extractor")
    {
        Description = "fashion (the shipped classifier), resnet18 (ImageNet, ONNX) or inception "
            + "(pytorch-fid's weights, given with --weights)",
        DefaultValueFactory = _ => "fashion",
    };

    /// <summary>--weights: another weights file for the extractor.</summary>
    public Option<string?> Weights { get; } = new("--weights")
    {
        Description = "Weights of the extractor [default: the shipped classifier]",
    };

    /// <summary>--samples: images generated from a checkpoint.</summary>
    public Option<int> Samples { get; } = new("--samples")
    {
        Description = "Images to generate when an input is a checkpoint",
        DefaultValueFactory = _ => 10_000,
    };

    /// <summary>--seed: seeds the generated latents and any random subsets.</summary>
    public Option<long> Seed { get; } = new("--seed")
    {
        Description = "Seeds generated latents, shuffles and subsets",
        DefaultValueFactory = _ => 1,
    };

    /// <summary>--batch-size: images through the extractor at once.</summary>
    public Option<int> BatchSize { get; } = new("--batch-size")
    {
        Description = "Images through the extractor (and generator) at once",
        DefaultValueFactory = _ => 250,
    };

    /// <summary>Adds the options to a command.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        Extractor.AcceptOnlyFromAmong("fashion", "resnet18", "inception");
        command.Options.Add(Extractor);
        command.Options.Add(Weights);
        command.Options.Add(Samples);
        command.Options.Add(Seed);
        command.Options.Add(BatchSize);
    }

    /// <summary>Reads and checks the values given.</summary>
    /// <param name="result">The parse result.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public EvaluationSettings Read(ParseResult result)
    {
        var settings = new EvaluationSettings(
            result.GetValue(Extractor)!, result.GetValue(Weights), result.GetValue(Samples),
            result.GetValue(Seed), result.GetValue(BatchSize));
        if (settings.Samples < 2)
        {
            throw new ArgumentException($"--samples must be at least 2, found {settings.Samples}.");
        }
        if (settings.BatchSize < 1)
        {
            throw new ArgumentException($"--batch-size must be at least 1, found {settings.BatchSize}.");
        }
        return settings;
    }
}
