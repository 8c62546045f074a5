using static TorchSharp.torch;

namespace GanNotebooks.Models;

/// <summary>
/// The classic 28x28 discriminator: a binary classifier that maps a batch of images
/// [N, 1, 28, 28] to one logit each. A positive logit means "real"; the sigmoid of the logit is
/// the probability D(x) that the image came from the data.
/// </summary>
/// <remarks>
/// Two 3x3 stride-2 convolutions (28 -> 14 -> 7), each followed by LeakyReLU(0.2) and dropout
/// 0.4, then one linear unit. The sigmoid is left to the loss, which is numerically safer.
/// </remarks>
public sealed class Discriminator : SequentialModel
{
    /// <summary>Creates a discriminator with freshly initialised weights.</summary>
    /// <param name="options">Network sizes; the classic sizes when omitted.</param>
    public Discriminator(ModelOptions? options = null)
        : this(ModelOptions.Checked(options), ModelOptions.Checked(options).DiscriminatorFilters)
    {
    }

    private Discriminator(ModelOptions options, int filters)
        : base(nameof(Discriminator), [.. FeatureLayers(options), ("logit", nn.Linear(filters * 7 * 7, 1))])
    {
        Options = options;
    }

    /// <summary>Length of the feature vector the last layer reads: filters x 7 x 7.</summary>
    public int FeatureSize => Options.DiscriminatorFilters * 7 * 7;

    /// <summary>
    /// The feature vector the logit is computed from: the output of the flatten layer.
    /// </summary>
    /// <param name="images">A batch [N, 1, 28, 28].</param>
    /// <returns>Features [N, <see cref="FeatureSize"/>], owned by the caller.</returns>
    public Tensor Features(Tensor images)
    {
        CheckImages(images, nameof(images));
        return ForwardThrough(images, "flatten");
    }

    /// <summary>
    /// Fresh layers of the discriminator up to its logit: the two convolutions with their
    /// activations and dropout, then the flatten. Networks that reuse the discriminator's body
    /// (a classifier, a K+1 discriminator) start from these, so their parameter names match.
    /// </summary>
    /// <param name="options">Network sizes; the classic sizes when omitted.</param>
    /// <returns>Named layers mapping [N, 1, 28, 28] to [N, filters x 7 x 7].</returns>
    public static (string Name, nn.Module<Tensor, Tensor> Layer)[] FeatureLayers(ModelOptions? options = null)
    {
        int filters = ModelOptions.Checked(options).DiscriminatorFilters;
        return
        [
            ("conv1", nn.Conv2d(1, filters, 3, stride: 2, padding: 1)),
            ("act1", nn.LeakyReLU(0.2)),
            ("drop1", nn.Dropout(0.4)),
            ("conv2", nn.Conv2d(filters, filters, 3, stride: 2, padding: 1)),
            ("act2", nn.LeakyReLU(0.2)),
            ("drop2", nn.Dropout(0.4)),
            ("flatten", nn.Flatten()),
        ];
    }

    /// <summary>The sizes this network was built with.</summary>
    public ModelOptions Options { get; }

    /// <summary>Checks that <paramref name="images"/> is a float batch of 28x28 grayscale images.</summary>
    /// <param name="images">The batch to check.</param>
    /// <param name="argumentName">The argument name to report.</param>
    /// <exception cref="ArgumentException">The shape or element type is wrong.</exception>
    public static void CheckImages(Tensor images, string argumentName)
    {
        ArgumentNullException.ThrowIfNull(images, argumentName);
        var shape = images.shape;
        if (shape.Length != 4 || shape[0] < 1 || shape[1] != 1 || shape[2] != 28 || shape[3] != 28)
        {
            throw new ArgumentException(
                $"Expected a batch of images shaped [N, 1, 28, 28] with N >= 1, found "
                + $"[{string.Join(", ", shape)}].", argumentName);
        }
        if (images.dtype != ScalarType.Float32)
        {
            throw new ArgumentException(
                $"Expected float32 images, found {images.dtype}.", argumentName);
        }
    }
}
