namespace GanNotebooks.Models;

/// <summary>How many of a module's parameters changed between a snapshot and now.</summary>
/// <param name="Tensors">Parameter tensors in the module.</param>
/// <param name="ChangedTensors">Tensors with at least one changed value.</param>
/// <param name="Scalars">Scalar parameters in the module.</param>
/// <param name="ChangedScalars">Scalar parameters whose value changed.</param>
public sealed record ParameterChange(int Tensors, int ChangedTensors, long Scalars, long ChangedScalars)
{
    /// <summary>Whether nothing changed.</summary>
    public bool Unchanged => ChangedScalars == 0;
}
