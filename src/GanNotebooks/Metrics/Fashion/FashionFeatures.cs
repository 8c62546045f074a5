using GanNotebooks.Data;
using GanNotebooks.Models;
using static TorchSharp.torch;

namespace GanNotebooks.Metrics.Fashion;

/// <summary>
/// The course's default extractor: the trained <see cref="FashionClassifierNetwork"/>, whose
/// 128-d penultimate features feed the FID and the KID and whose softmax feeds the Inception
/// Score. Its weights ship in <c>data/classifier/</c> and are checked by SHA-256 when loaded.
/// </summary>
/// <remarks>
/// NOTE: scores on these features are comparable with each other, not with published FIDs,
/// which use ImageNet Inception features of RGB images at 299x299.
/// </remarks>
public sealed class FashionFeatures : IFeatureExtractor, IClassProbabilities, IDisposable
{
    /// <summary>The shipped weights' file name.</summary>
    public const string WeightsFileName = "fashion-classifier.bin";

    /// <summary>
    /// The lower-case hex SHA-256 of the shipped weights, as listed in <c>data/README.md</c>.
    /// </summary>
    public const string WeightsSha256 =
        "63cde30e5d69ded41c6b2906cb09a1b4c890acb6dd7c3ee24c4d3aed600b1371";

    private readonly FashionClassifierNetwork network;

    /// <summary>Wraps a trained network.</summary>
    /// <param name="network">The network; this object takes ownership of it.</param>
    /// <param name="batchSize">Images run through the network at once.</param>
    public FashionFeatures(FashionClassifierNetwork network, int batchSize = 500)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        this.network = network;
        BatchSize = batchSize;
        network.eval();
    }

    /// <inheritdoc />
    public string Name => "fashion";

    /// <inheritdoc />
    public int FeatureSize => FashionClassifierNetwork.FeatureSize;

    /// <inheritdoc />
    public int ClassCount => FashionClassifierNetwork.ClassCount;

    /// <summary>Images run through the network at once.</summary>
    public int BatchSize { get; }

    /// <summary>The network, for accuracy checks.</summary>
    public FashionClassifierNetwork Network => network;

    /// <summary>
    /// The shipped weights: the first <c>data/classifier/fashion-classifier.bin</c> found
    /// walking up from the current directory, then from the running assembly's folder.
    /// </summary>
    /// <exception cref="DataFileException">No such file was found.</exception>
    public static string DefaultWeightsPath
    {
        get
        {
            string relative = Path.Combine("data", "classifier", WeightsFileName);
            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
                {
                    string candidate = Path.Combine(folder.FullName, relative);
                    if (File.Exists(candidate)) return candidate;
                }
            }
            throw new DataFileException(relative,
                $"Classifier weights not found: expected '{relative}' above "
                + $"'{Directory.GetCurrentDirectory()}' or '{AppContext.BaseDirectory}', found none. "
                + "Run from inside the repository or pass the weights' path.");
        }
    }

    /// <summary>
    /// Loads weights saved by <c>gan train-classifier</c>. The shipped file (the default) is
    /// checked against <see cref="WeightsSha256"/> first; another file is checked for format.
    /// </summary>
    /// <param name="weightsPath">A TorchSharp weights file; the shipped one when null.</param>
    /// <param name="batchSize">Images run through the network at once.</param>
    /// <returns>The extractor.</returns>
    /// <exception cref="DataFileException">The file is missing, fails its checksum, or does
    /// not hold this network's weights.</exception>
    public static FashionFeatures Load(string? weightsPath = null, int batchSize = 500)
    {
        string path = weightsPath ?? DefaultWeightsPath;
        if (!File.Exists(path))
        {
            throw new DataFileException(path, $"{path}: classifier weights not found.");
        }
        if (weightsPath is null)
        {
            Sha256Check.Verify(path, new Dictionary<string, string> { [WeightsFileName] = WeightsSha256 });
        }

        var network = new FashionClassifierNetwork();
        try
        {
            network.load(path);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            network.Dispose();
            throw new DataFileException(
                path, $"{path}: not weights of the Fashion-MNIST classifier: {e.Message}", e);
        }
        return new FashionFeatures(network, batchSize);
    }

    /// <inheritdoc />
    public Tensor Features(Tensor images) => Batched(images, network.Features);

    /// <inheritdoc />
    public Tensor ClassProbabilities(Tensor images) =>
        Batched(images, batch => nn.functional.softmax(network.call(batch), 1));

    /// <summary>Releases the network.</summary>
    public void Dispose() => network.Dispose();

    private Tensor Batched(Tensor images, Func<Tensor, Tensor> run)
    {
        Discriminator.CheckImages(images, nameof(images));
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var parts = new List<Tensor>();
        for (long start = 0; start < images.shape[0]; start += BatchSize)
        {
            long count = Math.Min(BatchSize, images.shape[0] - start);
            parts.Add(run(images.narrow(0, start, count)));
        }
        return cat(parts, 0).MoveToOuterDisposeScope();
    }
}
