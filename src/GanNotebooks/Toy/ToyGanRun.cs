namespace GanNotebooks.Toy;

/// <summary>The record of one toy GAN training run.</summary>
/// <param name="History">Every progress report, in step order.</param>
/// <param name="Snapshots">The snapshots asked for, in step order.</param>
/// <param name="Elapsed">Wall time of the run, measurements included.</param>
public sealed record ToyGanRun(
    IReadOnlyList<ToyGanProgress> History, IReadOnlyList<ToyGanSnapshot> Snapshots,
        TimeSpan Elapsed);
