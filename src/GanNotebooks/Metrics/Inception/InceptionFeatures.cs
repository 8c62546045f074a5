using GanNotebooks.Models;
using static TorchSharp.torch;

namespace GanNotebooks.Metrics.Inception;

/// <summary>
/// FID Inception features of 28x28 grayscale images: each image is replicated to three channels,
/// resized bilinearly to 299x299 and run through <see cref="FidInceptionV3"/> with the weights
/// the user supplies (pytorch-fid's pt_inception-2015-12-05-6726825d.pth).
/// </summary>
/// <remarks>
/// Images already lie in [-1, 1], the range the network expects, so no further scaling is
/// applied (pytorch-fid maps its [0, 1] input to the same range with 2x - 1).
/// </remarks>
public sealed class InceptionFeatures : IFeatureExtractor, IClassProbabilities, IDisposable
{
    private readonly FidInceptionV3 network;

    /// <summary>Wraps a network whose weights are already loaded.</summary>
    /// <param name="network">The network; this object takes ownership of it.</param>
    /// <param name="batchSize">Images run through the network at once (memory grows with it).</param>
    public InceptionFeatures(FidInceptionV3 network, int batchSize = 16)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        this.network = network;
        BatchSize = batchSize;
        network.eval();
    }

    /// <inheritdoc />
    public string Name => "inception";

    /// <inheritdoc />
    public int FeatureSize => FidInceptionV3.FeatureSize;

    /// <summary>Images run through the network at once.</summary>
    public int BatchSize { get; }

    /// <inheritdoc />
    public int ClassCount => FidInceptionV3.ClassCount;

    /// <summary>Builds the network and loads a PyTorch state dict into it, checking every key.</summary>
    /// <param name="weightsPath">The FID Inception state dict (.pth, zip or legacy format).</param>
    /// <param name="batchSize">Images run through the network at once.</param>
    /// <returns>The extractor, ready to use.</returns>
    /// <exception cref="Data.DataFileException">
    /// The file is missing, damaged or does not match the network.
    /// </exception>
    public static InceptionFeatures Load(string weightsPath, int batchSize = 16)
    {
        var network = new FidInceptionV3();
        try
        {
            StateDictLoader.Load(network, weightsPath);
        }
        catch
        {
            network.Dispose();
            throw;
        }
        return new InceptionFeatures(network, batchSize);
    }

    /// <summary>Replicates grayscale images to RGB and resizes them to 299x299.</summary>
    /// <param name="images">Float32 images [N, 1, 28, 28] in [-1, 1].</param>
    /// <returns>Network input [N, 3, 299, 299].</returns>
    public static Tensor Preprocess(Tensor images)
    {
        Discriminator.CheckImages(images, nameof(images));
        var size = FidInceptionV3.InputSize;
        return nn.functional.interpolate(
            images.expand(-1, 3, -1, -1), [size, size],
            mode: InterpolationMode.Bilinear, align_corners: false);
    }

    /// <inheritdoc />
    public Tensor Features(Tensor images)
    {
        Discriminator.CheckImages(images, nameof(images));
        using var noGrad = no_grad();
        var batches = new List<Tensor>();
        try
        {
            for (long start = 0; start < images.shape[0]; start += BatchSize)
            {
                using var scope = NewDisposeScope();
                long count = Math.Min(BatchSize, images.shape[0] - start);
                var input = Preprocess(images.narrow(0, start, count));
                batches.Add(network.call(input).MoveToOuterDisposeScope());
            }
            return cat(batches, 0);
        }
        finally
        {
            foreach (var batch in batches)
            {
                batch.Dispose();
            }
        }
    }

    /// <summary>
    /// The Inception Score's class probabilities: softmax over the 1,008 bias-free logits of
    /// <see cref="FidInceptionV3.ScoreLogits"/>, as the original Inception Score code computes them.
    /// </summary>
    /// <param name="images">Float32 images [N, 1, 28, 28] in [-1, 1].</param>
    /// <returns>Float32 probabilities [N, 1008].</returns>
    public Tensor ClassProbabilities(Tensor images)
    {
        using var features = Features(images);
        using var noGrad = no_grad();
        using var logits = network.ScoreLogits(features);
        return nn.functional.softmax(logits, 1);
    }

    /// <summary>Releases the network.</summary>
    public void Dispose() => network.Dispose();
}
