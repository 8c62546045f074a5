namespace GanNotebooks.Cli.Bench;

/// <summary>Memory of a training run, sampled every 100 steps.</summary>
/// <param name="ResidentAtStep100">Resident megabytes at step 100.</param>
/// <param name="ResidentAtEnd">Resident megabytes at the last step.</param>
/// <param name="ResidentPeak">The largest resident sample, megabytes.</param>
/// <param name="TensorsAtStep100">Live TorchSharp tensors at step 100.</param>
/// <param name="TensorsAtEnd">Live TorchSharp tensors at the last step.</param>
public sealed record MemoryProfile(
    double ResidentAtStep100,
    double ResidentAtEnd,
    double ResidentPeak,
    long TensorsAtStep100,
    long TensorsAtEnd);
