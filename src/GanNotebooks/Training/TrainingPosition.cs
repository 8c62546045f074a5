namespace GanNotebooks.Training;

/// <summary>Where a run stands: steps taken, and the next batch to draw.</summary>
/// <param name="Step">Completed steps in total.</param>
/// <param name="Epoch">The epoch of the next batch, from 0.</param>
/// <param name="Batch">The index of the next batch within <paramref name="Epoch"/>, from 0.</param>
public sealed record TrainingPosition(long Step, int Epoch, int Batch)
{
    /// <summary>The start of a fresh run.</summary>
    public static TrainingPosition Start { get; } = new(0, 0, 0);
}
