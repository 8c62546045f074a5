namespace GanNotebooks.Cli.Bench;

/// <summary>What <c>gan bench</c> measures and where it writes.</summary>
/// <param name="Steps">Timed training steps at full size.</param>
/// <param name="MemorySteps">Training steps over which memory is sampled.</param>
/// <param name="MemoryWidth">Network width in the memory run.</param>
/// <param name="Profile">Time each layer too.</param>
/// <param name="Notebooks">Time the kernel start and every notebook in quick mode too.</param>
/// <param name="Output">The JSON file; null for the default.</param>
/// <param name="Only">One part, <c>training</c>, <c>fid</c> or <c>extractors</c>; null for all.</param>
public sealed record BenchSettings(
    int Steps, int MemorySteps, double MemoryWidth, bool Profile, bool Notebooks, string? Output, string? Only);
