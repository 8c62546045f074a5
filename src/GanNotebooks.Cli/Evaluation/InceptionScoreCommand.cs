using System.CommandLine;
using GanNotebooks.Data;
using GanNotebooks.Metrics;
using static TorchSharp.torch;

namespace GanNotebooks.Cli.Evaluation;

/// <summary><c>gan is X</c>: the Inception Score of a set's class probabilities.</summary>
public static class InceptionScoreCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The <c>is</c> command.</returns>
    public static Command Create()
    {
        var input = new Argument<string>("X")
        {
            Description = "Images (PNG folder, IDX file, .ckpt) or class probabilities (.npy, N x K)",
        };
        var splits = new Option<int>("--splits")
        {
            Description = "Parts of a seeded shuffle of the samples",
            DefaultValueFactory = _ => 10,
        };
        var options = new EvaluationOptions();
        var command = new Command("is", "Inception Score from a classifier's probabilities (fashion or inception)")
        {
            input, splits,
        };
        options.AddTo(command);
        command.SetAction(result => Run(
            result.GetValue(input)!, result.GetValue(splits), options.Read(result)));
        return command;
    }

    private static int Run(string input, int splits, EvaluationSettings settings)
    {
        using var probabilities = Probabilities(input, settings);
        if (splits < 1 || splits > probabilities.shape[0])
        {
            throw new ArgumentException(
                $"--splits must be from 1 to the {probabilities.shape[0]} samples, found {splits}.");
        }
        var result = InceptionScore.Compute(probabilities, splits, (ulong)settings.Seed);
        Console.WriteLine(result);
        return 0;
    }

    private static Tensor Probabilities(string input, EvaluationSettings settings)
    {
        if (EvaluationInputs.IsArray(input)) return NpyFile.Read(input);
        var extractor = EvaluationInputs.OpenExtractor(settings);
        try
        {
            if (extractor is not IClassProbabilities classifier)
            {
                throw new ArgumentException(
                    $"--extractor {settings.Extractor} gives no class probabilities (its graph ends at "
                    + "the pooled features); the Inception Score needs --extractor fashion or inception.");
            }
            using var images = EvaluationInputs.LoadImages(input, settings);
            return EvaluationInputs.Batched(
                input, images, settings.BatchSize, extractor.Name, classifier.ClassProbabilities);
        }
        finally
        {
            (extractor as IDisposable)?.Dispose();
        }
    }
}
