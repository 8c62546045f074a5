namespace GanNotebooks.Cli.Bench;

/// <summary>One reading of a process's memory during training.</summary>
/// <param name="Step">Steps taken when it was read.</param>
/// <param name="ResidentMegabytes">Resident set size, in MB.</param>
/// <param name="LiveTensors">TorchSharp tensors alive on the training thread.</param>
public sealed record MemorySample(int Step, double ResidentMegabytes, long LiveTensors);
