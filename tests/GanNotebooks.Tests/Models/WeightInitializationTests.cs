using GanNotebooks.Models;
using GanNotebooks.Training;

namespace GanNotebooks.Tests.Models;

public sealed class WeightInitializationTests
{
    [Fact]
    public void Dcgan_gives_zero_biases_and_weights_with_standard_deviation_0_02()
    {
        using var gan = new Gan(GanOptions.Classic with { Seed = 3, Initialization = WeightInitialization.Dcgan });

        foreach (var (name, parameter) in Parameters(gan))
        {
            if (name.EndsWith("bias", StringComparison.Ordinal))
            {
                Assert.Equal(0, parameter.abs().max().item<float>());
            }
            else if (parameter.numel() > 1000)
            {
                Assert.InRange(parameter.std().item<float>(), 0.019, 0.021);
                Assert.InRange(parameter.mean().item<float>(), -0.002, 0.002);
            }
        }
    }

    [Fact]
    public void Glorot_draws_each_weight_uniformly_within_its_layers_fan_bound()
    {
        using var gan = new Gan(GanOptions.Classic with { Seed = 3 });
        Assert.Equal(WeightInitialization.Glorot, gan.Options.Initialization);

        foreach (var (name, parameter) in Parameters(gan))
        {
            if (name.EndsWith("bias", StringComparison.Ordinal))
            {
                Assert.Equal(0, parameter.abs().max().item<float>());
                continue;
            }
            // Fans as PyTorch and Keras count them: the first two dimensions times the kernel area.
            long[] shape = parameter.shape;
            long area = shape.Skip(2).Aggregate(1L, (a, b) => a * b);
            double bound = Math.Sqrt(6.0 / ((shape[0] + shape[1]) * area));
            Assert.True(parameter.abs().max().item<float>() <= bound, $"{name} exceeds {bound}");
            if (parameter.numel() > 1000)
            {
                // U(-a, a) has standard deviation a / sqrt(3).
                Assert.InRange(parameter.std().item<float>() / (bound / Math.Sqrt(3)), 0.95, 1.05);
            }
        }
    }

    [Fact]
    public void An_unknown_initialisation_is_refused()
    {
        using var generator = new Generator(new ModelOptions(Width: 0.25));
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => WeightInitializer.Apply(generator, (WeightInitialization)7));
        Assert.Contains("Unknown weight initialisation", error.Message);
    }

    private static IEnumerable<(string Name, TorchSharp.torch.Tensor Parameter)> Parameters(Gan gan) =>
        gan.Generator.named_parameters().Select(p => ("G." + p.name, (TorchSharp.torch.Tensor)p.parameter))
            .Concat(gan.Discriminator.named_parameters()
                .Select(p => ("D." + p.name, (TorchSharp.torch.Tensor)p.parameter)));
}
