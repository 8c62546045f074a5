namespace GanNotebooks.Training;

/// <summary>What one generator update measured.</summary>
/// <param name="Loss">The generator loss that was minimised (non-saturating or minimax).</param>
/// <param name="MeanFakeScore">Mean D(G(z)) over the batch, before the update.</param>
/// <param name="GradientNorm">
/// L2 norm of the loss's gradient over all generator parameters; NaN when not measured.
/// </param>
public sealed record GeneratorMetrics(double Loss, double MeanFakeScore, double GradientNorm = double.NaN)
{
    /// <summary>One log line with fixed fields.</summary>
    /// <returns>E.g. <c>G update | loss 0.688 | D(G(z)) 0.497 | grad 0.0312</c>.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"G update | loss {Loss:F3} | D(G(z)) {MeanFakeScore:F3} | grad {GradientNorm:F4}");
}
