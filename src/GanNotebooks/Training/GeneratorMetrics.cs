namespace GanNotebooks.Training;

/// <summary>What one generator update measured.</summary>
/// <param name="Loss">The generator loss that was minimised (non-saturating or minimax).</param>
/// <param name="MeanFakeScore">Mean D(G(z)) over the batch, before the update.</param>
public sealed record GeneratorMetrics(double Loss, double MeanFakeScore);
