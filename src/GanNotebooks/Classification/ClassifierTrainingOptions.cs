using GanNotebooks.Training;

namespace GanNotebooks.Classification;

/// <summary>Settings of supervised training on a few labelled images.</summary>
/// <param name="Steps">Adam steps; the labelled images are cycled through in shuffled batches.</param>
/// <param name="BatchSize">Images per step; capped at the number of labelled images.</param>
/// <param name="LearningRate">Adam's learning rate.</param>
/// <param name="Seed">Seeds the head's initialisation, dropout and the batch order.</param>
public sealed record ClassifierTrainingOptions(
    int Steps = 500,
    int BatchSize = 64,
    double LearningRate = 1e-3,
    int Seed = 1)
{
    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Steps, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1);
        LearningRateCheck.ThrowIfInvalid(LearningRate, nameof(LearningRate));
    }
}
