using System.CommandLine;
using System.Globalization;
using GanNotebooks.Data;
using GanNotebooks.Metrics;
using GanNotebooks.Metrics.Fashion;
using GanNotebooks.Metrics.Inception;
using GanNotebooks.Metrics.ResNet18;
using GanNotebooks.Training;
using static TorchSharp.torch;

namespace GanNotebooks.Cli.Evaluation;

/// <summary>
/// Turns one command-line input into images, features or probabilities: a folder of 28x28 PNG
/// images, an IDX images file, a checkpoint of gan train (sampled), or a .npy array.
/// </summary>
public static class EvaluationInputs
{
    /// <summary>True when the input is a .npy array, used as it is.</summary>
    /// <param name="input">The input path.</param>
    /// <returns>Whether it names a .npy file.</returns>
    public static bool IsArray(string input) =>
        input.EndsWith(".npy", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens the extractor the settings name.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The extractor; dispose it when it is disposable.</returns>
    /// <exception cref="ArgumentException">The inception extractor was asked for without weights.</exception>
    public static IFeatureExtractor OpenExtractor(EvaluationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Extractor switch
        {
            "fashion" => FashionFeatures.Load(settings.Weights, settings.BatchSize),
            "resnet18" => settings.Weights is null
                ? new ResNet18Features()
                : throw new ArgumentException("--weights does not apply to resnet18: its ONNX graphs come "
                    + "from the Microsoft.ML.DnnImageFeaturizer.ResNet18 package."),
            "inception" => InceptionFeatures.Load(settings.Weights ?? throw new ArgumentException(
                "--extractor inception needs --weights: pytorch-fid's pt_inception-2015-12-05-6726825d.pth."),
                Math.Min(settings.BatchSize, 16)),
            var other => throw new ArgumentException($"Unknown extractor '{other}'."),
        };
    }

    /// <summary>Loads the images an input names; not for .npy inputs.</summary>
    /// <param name="input">A PNG folder, an IDX images file or a checkpoint (.ckpt).</param>
    /// <param name="settings">Samples, seed and batch size for a checkpoint.</param>
    /// <returns>Images [N, 1, 28, 28] in [-1, 1]; the caller disposes them.</returns>
    /// <exception cref="DataFileException">The input is missing or unreadable.</exception>
    public static Tensor LoadImages(string input, EvaluationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (Directory.Exists(input)) return ImageFiles.LoadPngFolder(input);
        if (!File.Exists(input))
        {
            throw new DataFileException(input, $"{input}: no such file or folder; expected a folder "
                + "of PNG images, an IDX images file, a checkpoint (.ckpt) or a .npy array.");
        }
        if (input.EndsWith(".ckpt", StringComparison.OrdinalIgnoreCase)) return Sample(input, settings);
        return ImageFiles.LoadIdx(input);
    }

    /// <summary>
    /// Features of an input: a .npy array as it is, otherwise the extractor's features of its
    /// images. Progress goes to standard error.
    /// </summary>
    /// <param name="input">The input path.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="extractor">Opened on first use, when images need it.</param>
    /// <returns>Features [N, D]; the caller disposes them.</returns>
    public static Tensor Features(
        string input, EvaluationSettings settings, Lazy<IFeatureExtractor> extractor)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(extractor);
        if (IsArray(input)) return NpyFile.Read(input);
        using var images = LoadImages(input, settings);
        var network = extractor.Value;
        return Batched(input, images, settings.BatchSize, network.Name, network.Features);
    }

    /// <summary>The two image-set arguments of <c>gan fid</c> and <c>gan kid</c>.</summary>
    /// <returns>Argument A (the real side) and argument B (the generated side).</returns>
    public static (Argument<string> First, Argument<string> Second) PairArguments() =>
        (new Argument<string>("A") { Description = "Real images: PNG folder, IDX file, .ckpt or .npy" },
         new Argument<string>("B") { Description = "Generated images, in any of the same forms" });

    /// <summary>
    /// Computes the features of two inputs with one extractor, opened at most once and closed
    /// afterwards, and hands both to <paramref name="use"/>.
    /// </summary>
    /// <param name="first">The first input's path.</param>
    /// <param name="second">The second input's path.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="use">Scores the two feature sets and returns the exit code.</param>
    /// <returns>What <paramref name="use"/> returns.</returns>
    public static int WithFeaturesOfBoth(
        string first, string second, EvaluationSettings settings, Func<Tensor, Tensor, int> use)
    {
        ArgumentNullException.ThrowIfNull(use);
        var extractor = new Lazy<IFeatureExtractor>(() => OpenExtractor(settings));
        try
        {
            using var a = Features(first, settings, extractor);
            using var b = Features(second, settings, extractor);
            return use(a, b);
        }
        finally
        {
            Close(extractor);
        }
    }

    /// <summary>Disposes the extractor if it was opened and is disposable.</summary>
    /// <param name="extractor">The lazily opened extractor.</param>
    public static void Close(Lazy<IFeatureExtractor> extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        if (extractor.IsValueCreated && extractor.Value is IDisposable disposable) disposable.Dispose();
    }

    /// <summary>Runs images through a network in batches, reporting progress on standard error.</summary>
    /// <param name="input">The input's name, for the progress line.</param>
    /// <param name="images">The images.</param>
    /// <param name="batchSize">Images per batch.</param>
    /// <param name="name">The network's name.</param>
    /// <param name="run">The network.</param>
    /// <returns>The outputs of all batches, concatenated.</returns>
    public static Tensor Batched(
        string input, Tensor images, int batchSize, string name, Func<Tensor, Tensor> run)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(run);
        long count = images.shape[0];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var parts = new List<Tensor>();
        var lastReport = TimeSpan.Zero;
        try
        {
            for (long start = 0; start < count; start += batchSize)
            {
                using var batch = images.narrow(0, start, Math.Min(batchSize, count - start));
                parts.Add(run(batch));
                long done = Math.Min(start + batchSize, count);
                if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(5) || done == count)
                {
                    lastReport = clock.Elapsed;
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{name} | {input} | {done}/{count} images | "
                        + $"{done / clock.Elapsed.TotalSeconds:F0} images/s"));
                }
            }
            return cat(parts, 0);
        }
        finally
        {
            foreach (var part in parts) part.Dispose();
        }
    }

    private static Tensor Sample(string path, EvaluationSettings settings)
    {
        var checkpoint = Checkpoint.Load(path);
        using var gan = checkpoint.CreateGan();
        using var random = new TorchSharp.torch.Generator((ulong)settings.Seed);
        var parts = new List<Tensor>();
        try
        {
            for (int start = 0; start < settings.Samples; start += settings.BatchSize)
            {
                int size = Math.Min(settings.BatchSize, settings.Samples - start);
                using var latent = randn(size, gan.Options.Model.LatentSize, generator: random);
                parts.Add(gan.Generate(latent));
            }
            Console.Error.WriteLine(
                $"sampled {settings.Samples} images from step {checkpoint.Position.Step} of {path}");
            return cat(parts, 0);
        }
        finally
        {
            foreach (var part in parts) part.Dispose();
        }
    }
}
