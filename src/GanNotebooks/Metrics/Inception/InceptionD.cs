using static TorchSharp.torch;

namespace GanNotebooks.Metrics.Inception;

/// <summary>Mixed_7a: the grid reduction from 17x17 to 8x8.</summary>
internal sealed class InceptionD : nn.Module<Tensor, Tensor>
{
    private readonly ConvBlock branch3x3_1;
    private readonly ConvBlock branch3x3_2;
    private readonly ConvBlock branch7x7x3_1;
    private readonly ConvBlock branch7x7x3_2;
    private readonly ConvBlock branch7x7x3_3;
    private readonly ConvBlock branch7x7x3_4;

    public InceptionD(long inChannels)
        : base(nameof(InceptionD))
    {
        branch3x3_1 = new ConvBlock(inChannels, 192, 1);
        branch3x3_2 = new ConvBlock(192, 320, 3, stride: 2);
        branch7x7x3_1 = new ConvBlock(inChannels, 192, 1);
        branch7x7x3_2 = new ConvBlock(192, 192, (1, 7), padding: (0, 3));
        branch7x7x3_3 = new ConvBlock(192, 192, (7, 1), padding: (3, 0));
        branch7x7x3_4 = new ConvBlock(192, 192, 3, stride: 2);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        var three = branch3x3_2.call(branch3x3_1.call(input));

        var seven = branch7x7x3_2.call(branch7x7x3_1.call(input));
        seven = branch7x7x3_4.call(branch7x7x3_3.call(seven));

        var pooled = nn.functional.max_pool2d(input, 3, stride: 2);
        return cat([three, seven, pooled], 1);
    }
}
