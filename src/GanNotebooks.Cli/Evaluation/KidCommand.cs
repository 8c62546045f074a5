using System.CommandLine;
using GanNotebooks.Metrics;

namespace GanNotebooks.Cli.Evaluation;

/// <summary><c>gan kid A B</c>: the Kernel Inception Distance between two sets' features.</summary>
public static class KidCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The <c>kid</c> command.</returns>
    public static Command Create()
    {
        var (first, second) = EvaluationInputs.PairArguments();
        var subsets = new Option<int>("--subsets")
        {
            Description = "Random subset pairs to average over",
            DefaultValueFactory = _ => 100,
        };
        var subsetSize = new Option<int>("--subset-size")
        {
            Description = "Samples per subset, capped by the smaller set",
            DefaultValueFactory = _ => 1000,
        };
        var options = new EvaluationOptions();
        var command = new Command("kid", "Kernel Inception Distance (unbiased MMD², cubic kernel)")
        {
            first, second, subsets, subsetSize,
        };
        options.AddTo(command);
        command.SetAction(result => Run(
            result.GetValue(first)!, result.GetValue(second)!, result.GetValue(subsets),
            result.GetValue(subsetSize), options.Read(result)));
        return command;
    }

    private static int Run(
        string first, string second, int subsets, int subsetSize, EvaluationSettings settings)
    {
        if (subsets < 1) throw new ArgumentException($"--subsets must be at least 1, found {subsets}.");
        if (subsetSize < 2)
        {
            throw new ArgumentException($"--subset-size must be at least 2, found {subsetSize}.");
        }
        return EvaluationInputs.WithFeaturesOfBoth(first, second, settings, (a, b) =>
        {
            Console.WriteLine(KernelInceptionDistance.Compute(a, b, subsets, subsetSize, (ulong)settings.Seed));
            return 0;
        });
    }
}
