using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace GanNotebooks.Models;

/// <summary>
/// A stride-1 convolution with "same" padding and an odd square kernel, holding the same
/// parameters as <c>nn.Conv2d(inChannels, outChannels, kernelSize, padding: kernelSize / 2)</c>
/// (weight [out, in, k, k], bias [out]), initialised the same way from the same random stream.
/// </summary>
/// <remarks>
/// It computes the convolution as one matrix product followed by a fold (col2im): every input
/// pixel's channels are multiplied by the flipped kernels at once, and the k x k contributions are
/// summed into the output positions they reach. The result equals the convolution up to float
/// rounding.
/// </remarks>
// NOTE: libtorch 2.10 on this CPU runs the generator's last layer (128 channels to 1, 7x7) as a
// direct convolution at a few GFLOP/s, because one output channel leaves its vector units idle;
// the same arithmetic as a matrix product with 49 columns runs several times faster, forward and
// backward. Layers with many output channels gain nothing from this and use nn.Conv2d.
public sealed class SameConv2d : nn.Module<Tensor, Tensor>
{
    private readonly Parameter weight;
    private readonly Parameter bias;

    /// <summary>Creates the layer with PyTorch's default convolution initialisation.</summary>
    /// <param name="inChannels">Input channels.</param>
    /// <param name="outChannels">Output channels.</param>
    /// <param name="kernelSize">Kernel height and width; odd, so that "same" padding is symmetric.</param>
    public SameConv2d(long inChannels, long outChannels, long kernelSize)
        : base(nameof(SameConv2d))
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inChannels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(outChannels, 1);
        if (kernelSize < 1 || kernelSize % 2 == 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(kernelSize), kernelSize, "Expected an odd kernel size of at least 1.");
        }

        // Drawing the initial values through a real Conv2d keeps them identical to it for a seed.
        using (var reference = nn.Conv2d(inChannels, outChannels, kernelSize))
        using (no_grad())
        {
            weight = new Parameter(reference.weight!.detach().clone());
            bias = new Parameter(reference.bias!.detach().clone());
        }
        KernelSize = kernelSize;
        RegisterComponents();
    }

    /// <summary>The kernel weights [out, in, k, k], as in <c>nn.Conv2d</c>.</summary>
    public Parameter Weight => weight;

    /// <summary>The bias [out].</summary>
    public Parameter Bias => bias;

    /// <summary>Kernel height and width.</summary>
    public long KernelSize { get; }

    /// <summary>Convolves a batch [N, in, H, W] to [N, out, H, W].</summary>
    /// <param name="input">The input batch.</param>
    /// <returns>The output batch.</returns>
    public override Tensor forward(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        long channels = weight.shape[1], outChannels = weight.shape[0], k = KernelSize;
        if (input.dim() != 4 || input.shape[1] != channels)
        {
            throw new ArgumentException(
                $"Expected a batch shaped [N, {channels}, H, W], found [{string.Join(", ", input.shape)}].",
                nameof(input));
        }

        using var scope = NewDisposeScope();
        long height = input.shape[2], width = input.shape[3];

        // [in, out*k*k]: column (o, i, j) holds kernel o at the mirrored offset, as col2im expects.
        var kernels = weight.flip(2, 3).transpose(0, 1).reshape(channels, outChannels * k * k);
        // [N, H*W, in]: free when the input is stored channels-last, one copy otherwise.
        var pixels = input.permute(0, 2, 3, 1).reshape(input.shape[0], height * width, channels);
        var columns = pixels.matmul(kernels);
        var output = nn.functional.fold(
            columns.transpose(1, 2), (height, width), (k, k), padding: (k / 2, k / 2));
        return (output + bias.view(1, outChannels, 1, 1)).MoveToOuterDisposeScope();
    }
}
