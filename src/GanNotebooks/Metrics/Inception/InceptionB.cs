using static TorchSharp.torch;

namespace GanNotebooks.Metrics.Inception;

/// <summary>Mixed_6a: the grid reduction from 35x35 to 17x17.</summary>
internal sealed class InceptionB : nn.Module<Tensor, Tensor>
{
    private readonly ConvBlock branch3x3;
    private readonly ConvBlock branch3x3dbl_1;
    private readonly ConvBlock branch3x3dbl_2;
    private readonly ConvBlock branch3x3dbl_3;

    public InceptionB(long inChannels)
        : base(nameof(InceptionB))
    {
        branch3x3 = new ConvBlock(inChannels, 384, 3, stride: 2);
        branch3x3dbl_1 = new ConvBlock(inChannels, 64, 1);
        branch3x3dbl_2 = new ConvBlock(64, 96, 3, padding: 1);
        branch3x3dbl_3 = new ConvBlock(96, 96, 3, stride: 2);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        var deep = branch3x3dbl_3.call(branch3x3dbl_2.call(branch3x3dbl_1.call(input)));
        var pooled = nn.functional.max_pool2d(input, 3, stride: 2);
        return cat([branch3x3.call(input), deep, pooled], 1);
    }
}
