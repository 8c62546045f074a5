using GanNotebooks.Models;
using static TorchSharp.torch;
using Generator = GanNotebooks.Models.Generator;

namespace GanNotebooks.Tests.Models;

/// <summary>
/// The generator computes in a faster layout than the textbook layers; these tests pin it to the
/// textbook: the same weights through nn.Unflatten, nn.ConvTranspose2d and nn.Conv2d give the same
/// images and the same gradients.
/// </summary>
public sealed class GeneratorLayoutTests
{
    [Fact]
    public void Unflatten_channels_last_keeps_the_values_and_changes_only_the_strides()
    {
        using var scope = NewDisposeScope();
        var vectors = randn(3, 4 * 5 * 6);
        using var layer = new UnflattenChannelsLast(4, 5, 6);

        var maps = layer.call(vectors);

        Data.TensorAssert.Identical(vectors.view(3, 4, 5, 6), maps.contiguous());
        Assert.Equal([5L * 6 * 4, 1, 6 * 4, 4], maps.stride());
        var error = Assert.Throws<ArgumentException>(() => layer.call(randn(3, 7)));
        Assert.Contains("[N, 120]", error.Message);
    }

    [Fact]
    public void Generator_equals_the_textbook_layers_with_the_same_weights()
    {
        using var scope = NewDisposeScope();
        random.manual_seed(3);
        using var generator = new Generator(new ModelOptions(Width: 0.25));
        int filters = generator.Options.GeneratorFilters;
        using var textbook = nn.Sequential(
            nn.Linear(100, filters * 7 * 7), nn.LeakyReLU(0.2), nn.Unflatten(1, [filters, 7, 7]),
            nn.ConvTranspose2d(filters, filters, 4, stride: 2, padding: 1), nn.LeakyReLU(0.2),
            nn.ConvTranspose2d(filters, filters, 4, stride: 2, padding: 1), nn.LeakyReLU(0.2),
            nn.Conv2d(filters, 1, 7, padding: 3), nn.Tanh());
        using (no_grad())
        {
            var source = generator.parameters().ToList();
            var target = textbook.parameters().ToList();
            Assert.Equal(source.Count, target.Count);
            for (int i = 0; i < source.Count; i++) target[i].copy_(source[i]);
        }
        var latent = randn(5, 100);

        var fast = generator.call(latent);
        var reference = textbook.call(latent);
        fast.square().sum().backward();
        reference.square().sum().backward();

        Assert.True(fast.allclose(reference, rtol: 1e-4, atol: 1e-5), "images differ");
        var fastGradients = generator.parameters().Select(p => p.grad!).ToList();
        var referenceGradients = textbook.parameters().Select(p => p.grad!).ToList();
        for (int i = 0; i < fastGradients.Count; i++)
        {
            Assert.True(
                fastGradients[i].allclose(referenceGradients[i], rtol: 1e-3, atol: 1e-4),
                $"gradient of parameter {i} differs");
        }
    }
}
