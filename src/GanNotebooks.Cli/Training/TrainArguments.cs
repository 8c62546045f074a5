namespace GanNotebooks.Cli.Training;

/// <summary>The parsed options of <c>gan train</c>; nulls take the mode's defaults.</summary>
/// <param name="Data">Fashion-MNIST folder, or null to search.</param>
/// <param name="Epochs">Passes over the data.</param>
/// <param name="BatchSize">Real images per step.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Output">The run folder.</param>
/// <param name="Resume">Continue the run in the output folder.</param>
/// <param name="Mode">quick or full.</param>
/// <param name="SampleEvery">Steps between sample grids.</param>
/// <param name="ProgressEvery">Steps between progress lines.</param>
/// <param name="CheckpointEvery">Steps between checkpoints.</param>
/// <param name="MaxSteps">Step limit, 0 for none; null keeps a resumed run's own limit.</param>
/// <param name="ModeGiven">Whether --mode was on the command line.</param>
/// <param name="SeedGiven">Whether --seed was on the command line.</param>
public sealed record TrainArguments(
    string? Data,
    int? Epochs,
    int? BatchSize,
    long Seed,
    string? Output,
    bool Resume,
    string Mode,
    int? SampleEvery,
    int ProgressEvery,
    int CheckpointEvery,
    long? MaxSteps,
    bool ModeGiven,
    bool SeedGiven);
