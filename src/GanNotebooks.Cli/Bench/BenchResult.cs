namespace GanNotebooks.Cli.Bench;

/// <summary>One benchmark figure.</summary>
/// <param name="Name">What was measured.</param>
/// <param name="Value">The figure.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Note">How it relates to the reference, or how it was taken.</param>
public sealed record BenchResult(string Name, double Value, string Unit, string Note = "")
{
    /// <summary>One table row.</summary>
    /// <returns>Name, value, unit and note in fixed columns.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{Name,-44} {Value,12:F2} {Unit,-10} {Note}");
}
