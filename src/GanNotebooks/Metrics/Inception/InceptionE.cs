using static TorchSharp.torch;

namespace GanNotebooks.Metrics.Inception;

/// <summary>
/// Mixed_7b and 7c: expanded 8x8 blocks whose 3x3 branches split into parallel 1x3 and 3x1
/// convolutions. The pool branch averages (7b) or, in the FID graph's last block, max-pools (7c).
/// </summary>
internal sealed class InceptionE : nn.Module<Tensor, Tensor>
{
    private readonly bool maxPool;
    private readonly ConvBlock branch1x1;
    private readonly ConvBlock branch3x3_1;
    private readonly ConvBlock branch3x3_2a;
    private readonly ConvBlock branch3x3_2b;
    private readonly ConvBlock branch3x3dbl_1;
    private readonly ConvBlock branch3x3dbl_2;
    private readonly ConvBlock branch3x3dbl_3a;
    private readonly ConvBlock branch3x3dbl_3b;
    private readonly ConvBlock branch_pool;

    public InceptionE(long inChannels, bool maxPool)
        : base(nameof(InceptionE))
    {
        this.maxPool = maxPool;
        branch1x1 = new ConvBlock(inChannels, 320, 1);
        branch3x3_1 = new ConvBlock(inChannels, 384, 1);
        branch3x3_2a = new ConvBlock(384, 384, (1, 3), padding: (0, 1));
        branch3x3_2b = new ConvBlock(384, 384, (3, 1), padding: (1, 0));
        branch3x3dbl_1 = new ConvBlock(inChannels, 448, 1);
        branch3x3dbl_2 = new ConvBlock(448, 384, 3, padding: 1);
        branch3x3dbl_3a = new ConvBlock(384, 384, (1, 3), padding: (0, 1));
        branch3x3dbl_3b = new ConvBlock(384, 384, (3, 1), padding: (1, 0));
        branch_pool = new ConvBlock(inChannels, 192, 1);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        var mid = branch3x3_1.call(input);
        var three = cat([branch3x3_2a.call(mid), branch3x3_2b.call(mid)], 1);

        var deepMid = branch3x3dbl_2.call(branch3x3dbl_1.call(input));
        var deep = cat([branch3x3dbl_3a.call(deepMid), branch3x3dbl_3b.call(deepMid)], 1);

        var pooledInput = maxPool
            ? InceptionPooling.Max(input)
            : InceptionPooling.ValidAverage(input);
        var pooled = branch_pool.call(pooledInput);
        return cat([branch1x1.call(input), three, deep, pooled], 1);
    }
}
