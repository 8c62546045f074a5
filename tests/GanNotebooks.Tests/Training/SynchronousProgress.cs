namespace GanNotebooks.Tests.Training;

/// <summary>An <see cref="IProgress{T}"/> that calls back on the reporting thread, unlike Progress.</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
