using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using GanNotebooks.Data;
using GanNotebooks.Metrics.Fashion;
using TorchSharp;

namespace GanNotebooks.Cli.Classification;

/// <summary>
/// <c>gan train-classifier</c>: trains the Fashion-MNIST classifier whose features and
/// probabilities the FID, KID and Inception Score use by default, and saves its weights.
/// </summary>
public static class TrainClassifierCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The <c>train-classifier</c> command.</returns>
    public static Command Create()
    {
        var defaults = new ClassifierTrainingSettings();
        var epochs = new Option<int>("--epochs")
        {
            Description = "Passes over the 60,000 training images",
            DefaultValueFactory = _ => defaults.Epochs,
        };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Images per step",
            DefaultValueFactory = _ => defaults.BatchSize,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seeds the weights, dropout and batch order",
            DefaultValueFactory = _ => defaults.Seed,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Weights file [default: data/classifier/fashion-classifier.bin]",
        };
        var data = new Option<string?>("--data")
        {
            Description = "Fashion-MNIST folder [default: data/fashion-mnist above this folder]",
        };
        var command = new Command("train-classifier", "Train the Fashion-MNIST feature classifier")
        {
            epochs, batchSize, seed, output, data,
        };
        command.SetAction((result, cancellation) => Task.Run(
            () => Run(
                defaults with
                {
                    Epochs = result.GetValue(epochs),
                    BatchSize = result.GetValue(batchSize),
                    Seed = result.GetValue(seed),
                },
                result.GetValue(output), result.GetValue(data), cancellation),
            CancellationToken.None));
        return command;
    }

    private static int Run(
        ClassifierTrainingSettings settings, string? output, string? data, CancellationToken cancellation)
    {
        if (settings.Epochs < 1)
        {
            throw new ArgumentException($"--epochs must be at least 1, found {settings.Epochs}.");
        }
        if (settings.BatchSize < 1)
        {
            throw new ArgumentException($"--batch-size must be at least 1, found {settings.BatchSize}.");
        }
        string path = Path.GetFullPath(output ?? Path.Combine(
            RepositoryLayout.FindRoot(), "data", "classifier", FashionFeatures.WeightsFileName));

        using var train = FashionMnist.Load(DatasetSplit.Train, data);
        using var test = FashionMnist.Load(DatasetSplit.Test, data);
        torch.random.manual_seed(settings.Seed);
        using var network = new FashionClassifierNetwork();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, 
            $"train-classifier | {network.ParameterCount:N0} parameters | {settings.Epochs} epochs "
            + $"| batch {settings.BatchSize} | lr {settings.LearningRate} | seed {settings.Seed} "
            + $"| {torch.get_num_threads()} threads"));

        var clock = Stopwatch.StartNew();
        var epochs = ClassifierTraining.Train(
            network, train, test, settings, new SynchronousConsole(), cancellation);

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temporary = path + ".tmp";
        network.save(temporary);
        File.Move(temporary, path, overwrite: true);
        string hash;
        using (var file = File.OpenRead(path)) hash = Convert.ToHexStringLower(SHA256.HashData(file));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, 
            $"done | test accuracy {100 * epochs[^1].TestAccuracy:F2} % | {clock.Elapsed.TotalSeconds:F0} s "
            + $"| {path} | {new FileInfo(path).Length:N0} bytes | SHA-256 {hash}"));
        return 0;
    }

    private sealed class SynchronousConsole : IProgress<ClassifierEpoch>
    {
        public void Report(ClassifierEpoch value) => Console.WriteLine(value);
    }
}
