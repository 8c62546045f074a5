namespace GanNotebooks.Training;

/// <summary>
/// An <see cref="IProgress{T}"/> that calls back at once on the reporting thread, so that a
/// notebook cell or a terminal sees every report in step order while the run is going
/// (<see cref="Progress{T}"/> posts to a synchronisation context instead).
/// </summary>
/// <typeparam name="T">The report type.</typeparam>
/// <param name="report">What to do with each report.</param>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    /// <inheritdoc />
    public void Report(T value) => report(value);
}
