using System.CommandLine;
using System.Globalization;
using GanNotebooks.Metrics;

namespace GanNotebooks.Cli.Evaluation;

/// <summary><c>gan fid A B</c>: the Fréchet distance between two sets' features.</summary>
public static class FidCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The <c>fid</c> command.</returns>
    public static Command Create()
    {
        var first = new Argument<string>("A")
        {
            Description = "Real images: PNG folder, IDX file, .ckpt or .npy",
        };
        var second = new Argument<string>("B") { Description = "Generated images, in any of the same forms" };
        var options = new EvaluationOptions();
        var command = new Command("fid", "Fréchet distance between the features of two image sets")
        {
            first, second,
        };
        options.AddTo(command);
        command.SetAction(result => Run(
            result.GetValue(first)!, result.GetValue(second)!, options.Read(result)));
        return command;
    }

    private static int Run(string first, string second, EvaluationSettings settings)
    {
        var extractor = new Lazy<IFeatureExtractor>(() => EvaluationInputs.OpenExtractor(settings));
        try
        {
            using var a = EvaluationInputs.Features(first, settings, extractor);
            using var b = EvaluationInputs.Features(second, settings, extractor);
            var result = FrechetDistance.Compute(a, b);
            foreach (string warning in result.Warnings) Console.Error.WriteLine($"warning: {warning}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"FID {result.Distance:G10} | means {result.MeanTerm:G6} | covariances "
                + $"{result.CovarianceTerm:G6} | {a.shape[0]} and {b.shape[0]} samples "
                + $"of {a.shape[1]} features"));
            return 0;
        }
        finally
        {
            EvaluationInputs.Close(extractor);
        }
    }
}
