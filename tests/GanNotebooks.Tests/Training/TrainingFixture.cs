using GanNotebooks.Data;
using GanNotebooks.Models;
using GanNotebooks.Training;

namespace GanNotebooks.Tests.Training;

/// <summary>A slice of the real Fashion-MNIST training images and small, fast settings.</summary>
public sealed class TrainingFixture : IDisposable
{
    public TrainingFixture()
    {
        using var train = FashionMnist.Load(DatasetSplit.Train);
        Slice = train.Take(256);
    }

    /// <summary>The first 256 training images: 16 batches of 16 per epoch.</summary>
    public ImageDataset Slice { get; }

    public static GanOptions Small(long seed = 7) =>
        GanOptions.Classic with { Model = new ModelOptions(Width: 0.125), Seed = seed };

    public static TrainerOptions Short(string? checkpoint = null) =>
        new(Epochs: 2, BatchSize: 16, ProgressEvery: 4, CheckpointPath: checkpoint);

    public void Dispose() => Slice.Dispose();
}
