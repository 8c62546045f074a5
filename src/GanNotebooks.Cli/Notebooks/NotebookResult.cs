namespace GanNotebooks.Cli.Notebooks;

/// <summary>The outcome of running one notebook headless.</summary>
/// <param name="Name">The notebook's file name without extension.</param>
/// <param name="Cells">Number of code cells in the notebook.</param>
/// <param name="Elapsed">Wall-clock time of the run, kernel start included.</param>
/// <param name="ExecutedPath">Where the executed copy with its outputs was written.</param>
/// <param name="FailedCell">The 1-based number of the first failing code cell, if any.</param>
/// <param name="Error">What went wrong, on one line, if anything did.</param>
public sealed record NotebookResult(
    string Name,
    int Cells,
    TimeSpan Elapsed,
    string ExecutedPath,
    int? FailedCell = null,
    string? Error = null)
{
    /// <summary>Whether every cell ran without error.</summary>
    public bool Succeeded => Error is null;

    /// <summary>One report line: name, cells, seconds, then ok or the failing cell and its error.</summary>
    /// <returns>E.g. <c>01-generator-and-discriminator  14 cells  41.2 s  ok</c>.</returns>
    public override string ToString()
    {
        string outcome = Succeeded ? "ok"
            : FailedCell is int cell ? $"FAILED at cell {cell}: {Error}"
            : $"FAILED: {Error}";
        return FormattableString.Invariant(
            $"{Name,-40} {Cells,3} cells {Elapsed.TotalSeconds,7:F1} s  {outcome}");
    }
}
