namespace GanNotebooks.Cli.Bench;

/// <summary>One layer's share of a network's time.</summary>
/// <param name="Layer">The layer's name and type, e.g. <c>up1 (ConvTranspose2d)</c>.</param>
/// <param name="ForwardMilliseconds">Median forward time.</param>
/// <param name="BackwardMilliseconds">Median backward time (parameter and input gradients).</param>
/// <param name="ForwardFlops">Floating-point operations of the forward pass.</param>
public sealed record LayerTiming(
    string Layer, double ForwardMilliseconds, double BackwardMilliseconds, double ForwardFlops)
{
    /// <summary>
    /// Forward and backward rate, taking the backward pass as twice the forward's operations
    /// (gradients of the input and of the weights); zero for layers without arithmetic to count.
    /// </summary>
    public double Gflops => ForwardFlops == 0
        ? 0
        : 3 * ForwardFlops / ((ForwardMilliseconds + BackwardMilliseconds) / 1000) / 1e9;

    /// <summary>A table row: name, forward and backward ms, GFLOP/s.</summary>
    /// <returns>One line.</returns>
    public override string ToString() => FormattableString.Invariant(
        $"  {Layer,-30} fwd {ForwardMilliseconds,8:F1} ms  bwd {BackwardMilliseconds,8:F1} ms  {Gflops,6:F0} GFLOP/s");
}
