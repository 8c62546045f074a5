using GanNotebooks.Display;
using GanNotebooks.Metrics;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Display;

public sealed class HeatMapTests
{
    [Fact]
    public void Positive_values_are_red_negative_blue_and_zero_white()
    {
        using var scope = NewDisposeScope();
        var values = tensor(new float[] { 2, -2, 0, 1 }).reshape(1, 1, 2, 2);

        var rgb = HeatMap.ToRgb(values);

        // Channels in [-1, 1]: 1 is full intensity, -1 none.
        Assert.Equal(new float[] { 1, -1, -1 }, Pixel(rgb, 0, 0));
        Assert.Equal(new float[] { -1, -1, 1 }, Pixel(rgb, 0, 1));
        Assert.Equal(new float[] { 1, 1, 1 }, Pixel(rgb, 1, 0));
        Assert.Equal(new float[] { 1, 0, 0 }, Pixel(rgb, 1, 1));
    }

    [Fact]
    public void Images_and_maps_are_laid_out_in_pairs()
    {
        using var scope = NewDisposeScope();
        var images = zeros(3, 1, 28, 28);

        var png = HeatMap.BesideImages(images, randn(3, 1, 28, 28), pairsPerRow: 3, scale: 1);

        // Six cells of 28 pixels with 2 pixels of padding around each.
        Assert.Equal(6 * 28 + 7 * 2, png.Width);
        Assert.Throws<ArgumentException>(() => HeatMap.BesideImages(images, randn(2, 1, 28, 28)));
    }

    [Fact]
    public void Diversity_is_zero_for_copies_and_the_distance_for_two_images()
    {
        using var scope = NewDisposeScope();
        Assert.Equal(0, SampleDiversity.MeanPairwiseDistance(ones(4, 1, 2, 2)), 12);

        var two = stack([zeros(1, 2, 2), ones(1, 2, 2)]);

        Assert.Equal(2, SampleDiversity.MeanPairwiseDistance(two), 12);
        Assert.Throws<ArgumentException>(() => SampleDiversity.MeanPairwiseDistance(ones(1, 1, 2, 2)));
    }

    private static float[] Pixel(Tensor rgb, int row, int column) =>
        rgb[0].select(1, row).select(1, column).data<float>().ToArray();
}
