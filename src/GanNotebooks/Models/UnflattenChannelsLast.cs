using static TorchSharp.torch;

namespace GanNotebooks.Models;

/// <summary>
/// Reshapes a batch of vectors [N, C*H*W] into feature maps [N, C, H, W], like
/// <c>nn.Unflatten</c>, but stores them channels-last (the C values of each pixel adjacent in
/// memory), so that the convolutions after it keep that layout.
/// </summary>
/// <remarks>
/// Values and shape are those of <c>nn.Unflatten(1, [C, H, W])</c>; only the strides differ.
/// libtorch's oneDNN convolutions compute channels-last: an input already in that layout spares
/// them a reorder of every activation to and from the default layout, forward and backward, and
/// lets <see cref="SameConv2d"/> read its pixels without a copy.
/// </remarks>
public sealed class UnflattenChannelsLast : nn.Module<Tensor, Tensor>
{
    private readonly long[] shape;

    /// <summary>Creates the layer; it has no parameters.</summary>
    /// <param name="channels">C.</param>
    /// <param name="height">H.</param>
    /// <param name="width">W.</param>
    public UnflattenChannelsLast(long channels, long height, long width)
        : base(nameof(UnflattenChannelsLast))
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        shape = [channels, height, width];
    }

    /// <summary>Reshapes [N, C*H*W] to [N, C, H, W] in channels-last storage.</summary>
    /// <param name="input">The batch of vectors.</param>
    /// <returns>The feature maps, with strides [H*W*C, 1, W*C, C].</returns>
    public override Tensor forward(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        long length = shape[0] * shape[1] * shape[2];
        if (input.dim() != 2 || input.shape[1] != length)
        {
            throw new ArgumentException(
                $"Expected a batch shaped [N, {length}], found [{string.Join(", ", input.shape)}].",
                nameof(input));
        }
        return input.view(input.shape[0], shape[0], shape[1], shape[2])
            .permute(0, 2, 3, 1).contiguous().permute(0, 3, 1, 2);
    }
}
