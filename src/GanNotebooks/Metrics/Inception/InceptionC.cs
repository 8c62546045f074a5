using static TorchSharp.torch;

namespace GanNotebooks.Metrics.Inception;

/// <summary>Mixed_6b..6e: factorised 7x7 branches (1x7 then 7x1) at 17x17.</summary>
internal sealed class InceptionC : nn.Module<Tensor, Tensor>
{
    private readonly ConvBlock branch1x1;
    private readonly ConvBlock branch7x7_1;
    private readonly ConvBlock branch7x7_2;
    private readonly ConvBlock branch7x7_3;
    private readonly ConvBlock branch7x7dbl_1;
    private readonly ConvBlock branch7x7dbl_2;
    private readonly ConvBlock branch7x7dbl_3;
    private readonly ConvBlock branch7x7dbl_4;
    private readonly ConvBlock branch7x7dbl_5;
    private readonly ConvBlock branch_pool;

    public InceptionC(long inChannels, long channels7x7)
        : base(nameof(InceptionC))
    {
        long c = channels7x7;
        branch1x1 = new ConvBlock(inChannels, 192, 1);
        branch7x7_1 = new ConvBlock(inChannels, c, 1);
        branch7x7_2 = new ConvBlock(c, c, (1, 7), padding: (0, 3));
        branch7x7_3 = new ConvBlock(c, 192, (7, 1), padding: (3, 0));
        branch7x7dbl_1 = new ConvBlock(inChannels, c, 1);
        branch7x7dbl_2 = new ConvBlock(c, c, (7, 1), padding: (3, 0));
        branch7x7dbl_3 = new ConvBlock(c, c, (1, 7), padding: (0, 3));
        branch7x7dbl_4 = new ConvBlock(c, c, (7, 1), padding: (3, 0));
        branch7x7dbl_5 = new ConvBlock(c, 192, (1, 7), padding: (0, 3));
        branch_pool = new ConvBlock(inChannels, 192, 1);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        var seven = branch7x7_3.call(branch7x7_2.call(branch7x7_1.call(input)));

        var deep = branch7x7dbl_1.call(input);
        deep = branch7x7dbl_3.call(branch7x7dbl_2.call(deep));
        deep = branch7x7dbl_5.call(branch7x7dbl_4.call(deep));

        var pooled = branch_pool.call(InceptionPooling.ValidAverage(input));
        return cat([branch1x1.call(input), seven, deep, pooled], 1);
    }
}
