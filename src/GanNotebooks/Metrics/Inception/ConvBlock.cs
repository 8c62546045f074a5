using TorchSharp.Modules;
using static TorchSharp.torch;

namespace GanNotebooks.Metrics.Inception;

/// <summary>
/// Inception's basic unit: a convolution without bias, batch normalisation (epsilon 0.001, as
/// the TensorFlow graph has it) and a ReLU. State keys: conv.weight and bn.*.
/// </summary>
internal sealed class ConvBlock : nn.Module<Tensor, Tensor>
{
    private readonly Conv2d conv;
    private readonly BatchNorm2d bn;

    public ConvBlock(
        long inChannels, long outChannels, (long, long) kernel,
        (long, long)? stride = null, (long, long)? padding = null)
        : base(nameof(ConvBlock))
    {
        conv = nn.Conv2d(
            inChannels, outChannels, kernel, stride: stride ?? (1, 1),
            padding: padding ?? (0, 0), bias: false);
        bn = nn.BatchNorm2d(outChannels, eps: 0.001);
        RegisterComponents();
    }

    public ConvBlock(long inChannels, long outChannels, long kernel, long stride = 1, long padding = 0)
        : this(inChannels, outChannels, (kernel, kernel), (stride, stride), (padding, padding))
    {
    }

    public override Tensor forward(Tensor input) =>
        nn.functional.relu(bn.call(conv.call(input)));
}
