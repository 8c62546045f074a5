namespace GanNotebooks.Training;

/// <summary>What a <see cref="Trainer"/> updates at each step.</summary>
public enum TrainingMode
{
    /// <summary>A discriminator update, then a generator update: the adversarial game.</summary>
    Adversarial,

    /// <summary>
    /// Only the discriminator learns, against a generator that stays as it was; the generator's
    /// loss and gradient are still measured each step, without an update.
    /// </summary>
    DiscriminatorOnly,
}
