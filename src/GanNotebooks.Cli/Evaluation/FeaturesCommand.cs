using System.CommandLine;
using GanNotebooks.Data;
using GanNotebooks.Metrics;

namespace GanNotebooks.Cli.Evaluation;

/// <summary><c>gan features X -o out.npy</c>: an image set's features as a numpy array.</summary>
public static class FeaturesCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The <c>features</c> command.</returns>
    public static Command Create()
    {
        var input = new Argument<string>("X") { Description = "Images: PNG folder, IDX file or .ckpt" };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The .npy file to write (float32, N x D)",
            Required = true,
        };
        var options = new EvaluationOptions();
        var command = new Command("features", "Write the features of an image set to a .npy file")
        {
            input, output,
        };
        options.AddTo(command);
        command.SetAction(result => Run(
            result.GetValue(input)!, result.GetValue(output)!, options.Read(result)));
        return command;
    }

    private static int Run(string input, string output, EvaluationSettings settings)
    {
        if (EvaluationInputs.IsArray(input))
        {
            throw new ArgumentException($"{input} is already an array; features needs images.");
        }
        if (!output.EndsWith(".npy", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"--output must name a .npy file, found '{output}'.");
        }
        var extractor = new Lazy<IFeatureExtractor>(() => EvaluationInputs.OpenExtractor(settings));
        try
        {
            using var features = EvaluationInputs.Features(input, settings, extractor);
            string path = Path.GetFullPath(output);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            NpyFile.Write(path, features);
            Console.WriteLine(
                $"{features.shape[0]} x {features.shape[1]} {extractor.Value.Name} features -> {path}");
            return 0;
        }
        finally
        {
            EvaluationInputs.Close(extractor);
        }
    }
}
