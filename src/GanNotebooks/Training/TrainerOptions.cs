namespace GanNotebooks.Training;

/// <summary>How long and how a <see cref="Trainer"/> runs. A quick run is a <c>with</c> copy.</summary>
/// <param name="Epochs">Passes over the data.</param>
/// <param name="BatchSize">Real images per step (and as many generated ones).</param>
/// <param name="MaxSteps">Stop after this many steps in total, even mid-epoch; 0 for no limit.</param>
/// <param name="Mode">Adversarial training or the discriminator alone.</param>
/// <param name="ProgressEvery">Report progress every this many steps.</param>
/// <param name="SampleEvery">Make a grid from fixed noise every this many steps; 0 for never.</param>
/// <param name="SampleCount">Images in each sample grid.</param>
/// <param name="CheckpointPath">Where checkpoints go; null for none.</param>
/// <param name="CheckpointEvery">
/// Write a checkpoint every this many steps; 0 writes only at the end and on cancellation.
/// </param>
public sealed record TrainerOptions(
    int Epochs = 1,
    int BatchSize = 128,
    long MaxSteps = 0,
    TrainingMode Mode = TrainingMode.Adversarial,
    int ProgressEvery = 10,
    int SampleEvery = 0,
    int SampleCount = 64,
    string? CheckpointPath = null,
    int CheckpointEvery = 0)
{
    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        Positive(Epochs, nameof(Epochs));
        Positive(BatchSize, nameof(BatchSize));
        Positive(ProgressEvery, nameof(ProgressEvery));
        Positive(SampleCount, nameof(SampleCount));
        NotNegative(MaxSteps, nameof(MaxSteps));
        NotNegative(SampleEvery, nameof(SampleEvery));
        NotNegative(CheckpointEvery, nameof(CheckpointEvery));
    }

    private static void Positive(long value, string name)
    {
        if (value < 1)
            throw new ArgumentOutOfRangeException(name, value, $"Expected {name} >= 1, found {value}.");
    }

    private static void NotNegative(long value, string name)
    {
        if (value < 0)
            throw new ArgumentOutOfRangeException(name, value, $"Expected {name} >= 0, found {value}.");
    }
}
