using GanNotebooks.Models;

namespace GanNotebooks.Training;

/// <summary>Settings of adversarial training. A quick configuration is a <c>with</c> copy.</summary>
/// <param name="Model">Sizes of the generator and the discriminator.</param>
/// <param name="LearningRate">Adam's learning rate for both networks.</param>
/// <param name="Beta1">Adam's first-moment decay; 0.5 keeps the adversarial game stable.</param>
/// <param name="Beta2">Adam's second-moment decay.</param>
/// <param name="GeneratorLoss">Which generator loss to minimise.</param>
/// <param name="Seed">Seeds weight initialisation, dropout and latent sampling.</param>
/// <param name="DiscriminatorSteps">
/// Discriminator updates in each training step before the generator's one: the k of the
/// original GAN paper's algorithm. Each update scores the step's real batch against freshly
/// generated images.
/// </param>
/// <param name="Initialization">How both networks draw their first weights.</param>
public sealed record GanOptions(
    ModelOptions Model,
    double LearningRate = 2e-4,
    double Beta1 = 0.5,
    double Beta2 = 0.999,
    GeneratorLoss GeneratorLoss = GeneratorLoss.NonSaturating,
    long Seed = 1,
    int DiscriminatorSteps = 2,
    WeightInitialization Initialization = WeightInitialization.Glorot)
{
    /// <summary>
    /// The classic settings: full-size networks with Glorot weights, Adam(2e-4, 0.5), the
    /// non-saturating loss and two discriminator updates per generator update.
    /// </summary>
    public static GanOptions Classic { get; } = new(new ModelOptions());

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        Model.Validate();
        LearningRateCheck.ThrowIfInvalid(LearningRate, nameof(LearningRate));
        if (!(Beta1 >= 0 && Beta1 < 1) || !(Beta2 >= 0 && Beta2 < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(Beta1), $"Adam's betas must lie in [0, 1), found {Beta1} and {Beta2}.");
        }
        if (DiscriminatorSteps < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(DiscriminatorSteps), DiscriminatorSteps,
                "Expected at least one discriminator update per step.");
        }
        if (!Enum.IsDefined(Initialization))
        {
            throw new ArgumentOutOfRangeException(
                nameof(Initialization), Initialization, "Unknown weight initialisation.");
        }
    }
}
