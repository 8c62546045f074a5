namespace GanNotebooks.Cli.Training;

/// <summary>Reports on the training thread itself, so lines print in step order.</summary>
/// <param name="report">What to do with each report.</param>
internal sealed class ConsoleProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
