using static TorchSharp.torch;

namespace GanNotebooks.Metrics;

/// <summary>
/// A network that turns images into feature vectors, on which the Fréchet and kernel distances
/// are computed.
/// </summary>
public interface IFeatureExtractor
{
    /// <summary>A short name for reports and file names, such as "inception".</summary>
    string Name { get; }

    /// <summary>The length of one feature vector.</summary>
    int FeatureSize { get; }

    /// <summary>Computes the features of a batch of images.</summary>
    /// <param name="images">Float32 images [N, 1, 28, 28] with values in [-1, 1].</param>
    /// <returns>Float32 features [N, <see cref="FeatureSize"/>].</returns>
    Tensor Features(Tensor images);
}
