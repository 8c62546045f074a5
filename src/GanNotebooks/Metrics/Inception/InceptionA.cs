using static TorchSharp.torch;

namespace GanNotebooks.Metrics.Inception;

/// <summary>Mixed_5b..5d: 1x1, 5x5, double 3x3 and pooled branches, concatenated.</summary>
internal sealed class InceptionA : nn.Module<Tensor, Tensor>
{
    private readonly ConvBlock branch1x1;
    private readonly ConvBlock branch5x5_1;
    private readonly ConvBlock branch5x5_2;
    private readonly ConvBlock branch3x3dbl_1;
    private readonly ConvBlock branch3x3dbl_2;
    private readonly ConvBlock branch3x3dbl_3;
    private readonly ConvBlock branch_pool;

    public InceptionA(long inChannels, long poolFeatures)
        : base(nameof(InceptionA))
    {
        branch1x1 = new ConvBlock(inChannels, 64, 1);
        branch5x5_1 = new ConvBlock(inChannels, 48, 1);
        branch5x5_2 = new ConvBlock(48, 64, 5, padding: 2);
        branch3x3dbl_1 = new ConvBlock(inChannels, 64, 1);
        branch3x3dbl_2 = new ConvBlock(64, 96, 3, padding: 1);
        branch3x3dbl_3 = new ConvBlock(96, 96, 3, padding: 1);
        branch_pool = new ConvBlock(inChannels, poolFeatures, 1);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        var wide = branch5x5_2.call(branch5x5_1.call(input));
        var deep = branch3x3dbl_3.call(branch3x3dbl_2.call(branch3x3dbl_1.call(input)));
        var pooled = branch_pool.call(InceptionPooling.ValidAverage(input));
        return cat([branch1x1.call(input), wide, deep, pooled], 1);
    }
}
