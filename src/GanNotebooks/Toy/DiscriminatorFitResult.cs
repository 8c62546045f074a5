namespace GanNotebooks.Toy;

/// <summary>A discriminator trained against fixed densities, and its reports.</summary>
/// <param name="Discriminator">The trained network, points [N, 1] to logits [N, 1]; the caller
/// disposes it.</param>
/// <param name="History">Every report, in step order; the first is before any update.</param>
/// <param name="Elapsed">Wall time of the training.</param>
public sealed record DiscriminatorFitResult(
    ToyMlp Discriminator, IReadOnlyList<DiscriminatorFitProgress> History, TimeSpan Elapsed);
