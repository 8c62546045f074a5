using System.CommandLine;
using System.Globalization;
using GanNotebooks.Metrics;
using static TorchSharp.torch;

namespace GanNotebooks.Cli.Evaluation;

/// <summary><c>gan fid A B</c>: the Fréchet distance between two sets' features.</summary>
public static class FidCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The <c>fid</c> command.</returns>
    public static Command Create()
    {
        var (first, second) = EvaluationInputs.PairArguments();
        var options = new EvaluationOptions();
        var command = new Command("fid", "Fréchet distance between the features of two image sets")
        {
            first, second,
        };
        options.AddTo(command);
        command.SetAction(result => EvaluationInputs.WithFeaturesOfBoth(
            result.GetValue(first)!, result.GetValue(second)!, options.Read(result), Report));
        return command;
    }

    private static int Report(Tensor a, Tensor b)
    {
        var result = FrechetDistance.Compute(a, b);
        foreach (string warning in result.Warnings) Console.Error.WriteLine($"warning: {warning}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"FID {result.Distance:G10} | means {result.MeanTerm:G6} | covariances "
            + $"{result.CovarianceTerm:G6} | {a.shape[0]} and {b.shape[0]} samples "
            + $"of {a.shape[1]} features"));
        return 0;
    }
}
