using static TorchSharp.torch;

namespace GanNotebooks.Metrics;

/// <summary>
/// A classifier whose softmax outputs feed the Inception Score.
/// </summary>
public interface IClassProbabilities
{
    /// <summary>The number of classes, K.</summary>
    int ClassCount { get; }

    /// <summary>Computes the class probabilities of a batch of images.</summary>
    /// <param name="images">Float32 images [N, 1, 28, 28] with values in [-1, 1].</param>
    /// <returns>Float32 probabilities [N, K]; each row sums to 1.</returns>
    Tensor ClassProbabilities(Tensor images);
}
