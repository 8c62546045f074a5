using GanNotebooks.Training;

namespace GanNotebooks.Metrics.Fashion;

/// <summary>Settings of training the Fashion-MNIST feature classifier.</summary>
/// <param name="Epochs">Passes over the training images.</param>
/// <param name="BatchSize">Images per Adam step.</param>
/// <param name="LearningRate">Adam's first learning rate; it falls linearly to 0 by the end.</param>
/// <param name="Seed">Seeds the initial weights, dropout and the batch order.</param>
public sealed record ClassifierTrainingSettings(
    int Epochs = 4,
    int BatchSize = 128,
    double LearningRate = 2e-3,
    int Seed = 1)
{
    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1);
        LearningRateCheck.ThrowIfInvalid(LearningRate, nameof(LearningRate));
    }
}
