using GanNotebooks.Models;
using Generator = GanNotebooks.Models.Generator;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Models;

public sealed class ModelShapeTests
{
    [Fact]
    public void Classic_sizes_have_the_classic_parameter_counts()
    {
        using var generator = new Generator();
        using var discriminator = new Discriminator();

        // 100*6272+6272 + 2*(128*128*16+128) + 128*49+1
        Assert.Equal(1_164_289, generator.ParameterCount);
        // (9+1)*64 + (64*64*9+64) + (3136+1)
        Assert.Equal(40_705, discriminator.ParameterCount);
    }

    [Fact]
    public void Generator_maps_latents_to_images_in_the_data_range()
    {
        using var generator = new Generator(new ModelOptions(Width: 0.25));
        using var scope = NewDisposeScope();

        var images = generator.call(randn(5, 100));

        Assert.Equal([5L, 1, 28, 28], images.shape);
        Assert.True(images.min().item<float>() >= -1 && images.max().item<float>() <= 1);
    }

    [Fact]
    public void Discriminator_gives_one_logit_per_image()
    {
        using var discriminator = new Discriminator(new ModelOptions(Width: 0.25));
        using var scope = NewDisposeScope();

        var logits = discriminator.call(randn(7, 1, 28, 28));

        Assert.Equal([7L, 1], logits.shape);
    }

    [Fact]
    public void Trace_reports_every_layer_shape_of_the_generator()
    {
        using var generator = new Generator();
        using var scope = NewDisposeScope();

        var shapes = generator.TraceShapes(randn(2, 100));

        Assert.Equal(
            ["[2, 100]", "[2, 6272]", "[2, 6272]", "[2, 128, 7, 7]", "[2, 128, 14, 14]",
             "[2, 128, 14, 14]", "[2, 128, 28, 28]", "[2, 128, 28, 28]", "[2, 1, 28, 28]",
             "[2, 1, 28, 28]"],
            shapes.Select(s => s.ShapeText));
        Assert.Equal(generator.ParameterCount, shapes.Sum(s => s.Parameters));
    }

    [Fact]
    public void Width_scales_the_filter_counts()
    {
        var options = new ModelOptions(Width: 0.5);

        Assert.Equal(32, options.DiscriminatorFilters);
        Assert.Equal(64, options.GeneratorFilters);
    }

    [Fact]
    public void Bad_sizes_and_shapes_are_rejected_with_what_was_found()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ModelOptions(LatentSize: 0).Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new ModelOptions(Width: 0.001).Validate());

        using var scope = NewDisposeScope();
        var error = Assert.Throws<ArgumentException>(
            () => Discriminator.CheckImages(randn(3, 28, 28), "real"));
        Assert.Contains("[3, 28, 28]", error.Message);
    }

    [Fact]
    public void Forward_operations_are_counted_from_the_layer_shapes()
    {
        using var generator = new Generator();
        using var discriminator = new Discriminator();
        using var scope = NewDisposeScope();

        // Per image: dense 2*100*6272, up1 2*(128*128*16)*7*7, up2 the same at 14*14,
        // to_image 2*(128*49)*28*28.
        double generatorPerImage = 2.0 * 100 * 6272 + 2.0 * 262_144 * 49 + 2.0 * 262_144 * 196
            + 2.0 * 6272 * 784;
        // conv1 2*(64*9)*14*14, conv2 2*(64*64*9)*7*7, logit 2*3136.
        double discriminatorPerImage = 2.0 * 576 * 196 + 2.0 * 36_864 * 49 + 2.0 * 3136;

        Assert.Equal(3 * generatorPerImage, FlopCounter.Forward(generator, randn(3, 100)));
        Assert.Equal(3 * discriminatorPerImage, FlopCounter.Forward(discriminator, randn(3, 1, 28, 28)));
    }
}
