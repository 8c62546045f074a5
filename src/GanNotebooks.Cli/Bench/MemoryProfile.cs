namespace GanNotebooks.Cli.Bench;

/// <summary>Memory of a training run, sampled every 100 steps.</summary>
/// <param name="Samples">One reading per 100 steps, in order.</param>
public sealed record MemoryProfile(IReadOnlyList<MemorySample> Samples)
{
    /// <summary>The largest resident size sampled, in MB.</summary>
    public double ResidentPeak => Samples.Max(s => s.ResidentMegabytes);

    /// <summary>The reading taken after <paramref name="step"/> steps.</summary>
    /// <param name="step">A multiple of 100 within the run.</param>
    /// <returns>That reading.</returns>
    public MemorySample At(int step) => Samples.Single(s => s.Step == step);
}
