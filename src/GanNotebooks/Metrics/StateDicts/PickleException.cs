namespace GanNotebooks.Metrics.StateDicts;

/// <summary>A pickle could not be read; the loader adds the file name.</summary>
internal sealed class PickleException(string message) : Exception(message);
