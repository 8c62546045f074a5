using GanNotebooks.Training;

namespace GanNotebooks.Toy;

/// <summary>Settings of a GAN on toy data. A variant is a <c>with</c> copy.</summary>
/// <param name="LatentSize">Size of the generator's standard normal input.</param>
/// <param name="HiddenWidth">Units of each hidden layer of both networks.</param>
/// <param name="HiddenLayers">Hidden layers of each network.</param>
/// <param name="GeneratorLearningRate">Adam's learning rate for the generator.</param>
/// <param name="DiscriminatorLearningRate">Adam's learning rate for the discriminator.</param>
/// <param name="DiscriminatorSteps">Discriminator updates before each generator update.</param>
/// <param name="BatchSize">Real and generated points per update.</param>
/// <param name="Beta1">Adam's first-moment decay for both networks.</param>
/// <param name="Seed">Seeds the weights, the latents and the data draws.</param>
public sealed record ToyGanSettings(
    int LatentSize = 2,
    int HiddenWidth = 64,
    int HiddenLayers = 2,
    double GeneratorLearningRate = 1e-3,
    double DiscriminatorLearningRate = 1e-3,
    int DiscriminatorSteps = 1,
    int BatchSize = 256,
    double Beta1 = 0.5,
    long Seed = 1)
{
    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (LatentSize < 1 || HiddenWidth < 1 || HiddenLayers < 1 || DiscriminatorSteps < 1
            || BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(LatentSize),
                $"Expected sizes and counts of at least 1, found latent {LatentSize}, "
                + $"width {HiddenWidth}, "
                + $"layers {HiddenLayers}, discriminator steps {DiscriminatorSteps}, "
                + $"batch {BatchSize}.");
        }
        LearningRateCheck.ThrowIfInvalid(GeneratorLearningRate, nameof(GeneratorLearningRate));
        LearningRateCheck.ThrowIfInvalid(DiscriminatorLearningRate, nameof(DiscriminatorLearningRate));
        if (!(Beta1 >= 0 && Beta1 < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Beta1), Beta1,
                "Expected Adam's beta1 in [0, 1).");
        }
    }
}
