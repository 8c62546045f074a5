using static TorchSharp.torch;

namespace GanNotebooks.Models;

/// <summary>
/// The classic 28x28 generator: maps a batch of latent vectors [N, latent] to images
/// [N, 1, 28, 28] with pixels in [-1, 1], the range the data is scaled to.
/// </summary>
/// <remarks>
/// A dense layer to a 128x7x7 seed, two 4x4 stride-2 transposed convolutions (7 -> 14 -> 28),
/// each followed by LeakyReLU(0.2), then a 7x7 convolution to one channel and tanh.
/// </remarks>
public sealed class Generator : SequentialModel
{
    /// <summary>Creates a generator with freshly initialised weights.</summary>
    /// <param name="options">Network sizes; the classic sizes when omitted.</param>
    public Generator(ModelOptions? options = null)
        : this(ModelOptions.Checked(options), ModelOptions.Checked(options).GeneratorFilters)
    {
    }

    private Generator(ModelOptions options, int filters)
        : base(
            nameof(Generator),
            ("dense", nn.Linear(options.LatentSize, filters * 7 * 7)),
            ("act0", nn.LeakyReLU(0.2)),
            ("reshape", new UnflattenChannelsLast(filters, 7, 7)),
            ("up1", nn.ConvTranspose2d(filters, filters, 4, stride: 2, padding: 1)),
            ("act1", nn.LeakyReLU(0.2)),
            ("up2", nn.ConvTranspose2d(filters, filters, 4, stride: 2, padding: 1)),
            ("act2", nn.LeakyReLU(0.2)),
            ("to_image", new SameConv2d(filters, 1, 7)),
            ("tanh", nn.Tanh()))
    {
        Options = options;
    }

    /// <summary>The sizes this network was built with.</summary>
    public ModelOptions Options { get; }

    /// <summary>Checks that <paramref name="latent"/> is a float batch [N, LatentSize].</summary>
    /// <param name="latent">The batch to check.</param>
    /// <param name="argumentName">The argument name to report.</param>
    /// <exception cref="ArgumentException">The shape or element type is wrong.</exception>
    public void CheckLatent(Tensor latent, string argumentName)
    {
        ArgumentNullException.ThrowIfNull(latent, argumentName);
        var shape = latent.shape;
        if (shape.Length != 2 || shape[0] < 1 || shape[1] != Options.LatentSize)
        {
            throw new ArgumentException(
                $"Expected latent vectors shaped [N, {Options.LatentSize}] with N >= 1, found "
                + $"[{string.Join(", ", shape)}].", argumentName);
        }
    }
}
