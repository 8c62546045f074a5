using GanNotebooks.Models;
using GanNotebooks.Training;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace GanNotebooks.Cli.Bench;

/// <summary>
/// The classic training step in mixed precision, for timing only: both networks compute in
/// bfloat16, while float32 master copies of their weights take the Adam updates (the scheme of
/// mixed-precision training). Losses are taken in float32 from the bfloat16 logits.
/// </summary>
/// <remarks>
/// NOTE: this lives in the benchmark, not in <see cref="Gan"/>: TorchSharp 0.107 has no autocast,
/// and a bfloat16 generator draws images that differ from the float32 one by about a percent
/// (<see cref="OutputDeviation"/>), far beyond the float tolerance the course's reproducibility
/// tests hold training to. It measures what the precision would gain on a CPU with AVX-512 BF16.
/// </remarks>
public sealed class BFloat16Step : IDisposable
{
    private readonly Models.Generator generator;
    private readonly Discriminator discriminator;
    private readonly MasterWeights generatorWeights;
    private readonly MasterWeights discriminatorWeights;
    private readonly torch.Generator latentRandom = new(1);
    private readonly int latentSize;

    /// <summary>Creates both networks from the same initial weights as a float32 <see cref="Gan"/>.</summary>
    /// <param name="options">The training settings; their seed fixes the initial weights.</param>
    public BFloat16Step(GanOptions options)
    {
        using var reference = new Gan(options);
        generator = new Models.Generator(options.Model);
        discriminator = new Discriminator(options.Model);
        generator.load_state_dict(reference.Generator.state_dict());
        discriminator.load_state_dict(reference.Discriminator.state_dict());
        generatorWeights = new MasterWeights(generator, options);
        discriminatorWeights = new MasterWeights(discriminator, options);
        generator.to(ScalarType.BFloat16);
        discriminator.to(ScalarType.BFloat16);
        latentSize = options.Model.LatentSize;
    }

    /// <summary>The generator, in bfloat16.</summary>
    public Models.Generator Generator => generator;

    /// <summary>The discriminator, in bfloat16.</summary>
    public Discriminator Discriminator => discriminator;

    /// <summary>One discriminator update on real and generated images, then one generator update.</summary>
    /// <param name="real">A float32 batch of real images.</param>
    public void Step(Tensor real)
    {
        int count = (int)real.shape[0];
        using (var scope = NewDisposeScope())
        {
            Tensor fake;
            using (no_grad()) fake = generator.call(Latent(count));
            var realLogits = discriminator.call(real.to_type(ScalarType.BFloat16)).to_type(ScalarType.Float32);
            var fakeLogits = discriminator.call(fake).to_type(ScalarType.Float32);
            var loss = binary_cross_entropy_with_logits(realLogits, ones_like(realLogits))
                + binary_cross_entropy_with_logits(fakeLogits, zeros_like(fakeLogits));
            discriminator.zero_grad();
            loss.backward();
            discriminatorWeights.Step();
        }

        using (var scope = NewDisposeScope())
        {
            foreach (var parameter in discriminator.parameters()) parameter.requires_grad = false;
            var logits = discriminator.call(generator.call(Latent(count))).to_type(ScalarType.Float32);
            var loss = binary_cross_entropy_with_logits(logits, ones_like(logits));
            generator.zero_grad();
            loss.backward();
            generatorWeights.Step();
            foreach (var parameter in discriminator.parameters()) parameter.requires_grad = true;
        }
    }

    /// <summary>
    /// How far the bfloat16 generator's images lie from the float32 generator's, for the same
    /// weights and latent vectors: the norm of the difference over the norm of the float32 images.
    /// </summary>
    /// <param name="options">Network sizes and seed.</param>
    /// <returns>The relative difference.</returns>
    public static double OutputDeviation(GanOptions options)
    {
        using var gan = new Gan(options);
        using var copy = new Models.Generator(options.Model);
        copy.load_state_dict(gan.Generator.state_dict());
        copy.to(ScalarType.BFloat16);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var latent = gan.SampleLatent(256);
        var exact = gan.Generator.call(latent);
        var rounded = copy.call(latent.to_type(ScalarType.BFloat16)).to_type(ScalarType.Float32);
        return (rounded - exact).norm().item<float>() / exact.norm().item<float>();
    }

    /// <summary>Releases both networks and the master weights.</summary>
    public void Dispose()
    {
        generatorWeights.Dispose();
        discriminatorWeights.Dispose();
        generator.Dispose();
        discriminator.Dispose();
        latentRandom.Dispose();
    }

    private Tensor Latent(int count) =>
        randn(count, latentSize, generator: latentRandom).to_type(ScalarType.BFloat16);
}
