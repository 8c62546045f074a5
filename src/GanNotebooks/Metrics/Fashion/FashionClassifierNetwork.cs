using GanNotebooks.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace GanNotebooks.Metrics.Fashion;

/// <summary>
/// A small convolutional Fashion-MNIST classifier, the course's stand-in for Inception: its
/// 128-d penultimate layer gives the features of the FID and the KID, its softmax the class
/// probabilities of the Inception Score.
/// </summary>
/// <remarks>
/// Three 3x3 convolutions with batch normalisation (32, 32 and 64 channels, two 2x2 max pools),
/// a 128-unit ReLU layer, dropout and a 10-way linear head: about 0.45 M parameters and
/// 23 MFLOP per image, so that it trains in minutes on two cores.
/// </remarks>
public sealed class FashionClassifierNetwork : SequentialModel
{
    /// <summary>The length of the penultimate features.</summary>
    public const int FeatureSize = 128;

    /// <summary>The number of classes.</summary>
    public const int ClassCount = 10;

    /// <summary>The name of the layer whose output is the feature vector.</summary>
    public const string FeatureLayer = "relu5";

    /// <summary>Builds the network with PyTorch's default initialisation.</summary>
    public FashionClassifierNetwork()
        : base(
            nameof(FashionClassifierNetwork),
            ("conv1", nn.Conv2d(1, 32, 3, padding: 1)),
            ("bn1", nn.BatchNorm2d(32)),
            ("relu1", nn.ReLU()),
            ("conv2", nn.Conv2d(32, 32, 3, padding: 1)),
            ("bn2", nn.BatchNorm2d(32)),
            ("relu2", nn.ReLU()),
            ("pool1", nn.MaxPool2d(2)),
            ("conv3", nn.Conv2d(32, 64, 3, padding: 1)),
            ("bn3", nn.BatchNorm2d(64)),
            ("relu3", nn.ReLU()),
            ("pool2", nn.MaxPool2d(2)),
            ("flatten", nn.Flatten()),
            ("fc", nn.Linear(64 * 7 * 7, FeatureSize)),
            (FeatureLayer, nn.ReLU()),
            ("dropout", nn.Dropout(0.3)),
            ("head", nn.Linear(FeatureSize, ClassCount)))
    {
    }

    /// <summary>The penultimate features of a batch: the input of the head after ReLU.</summary>
    /// <param name="images">A batch [N, 1, 28, 28] in [-1, 1].</param>
    /// <returns>Features [N, 128], owned by the caller.</returns>
    public Tensor Features(Tensor images)
    {
        Discriminator.CheckImages(images, nameof(images));
        return ForwardThrough(images, FeatureLayer);
    }
}
