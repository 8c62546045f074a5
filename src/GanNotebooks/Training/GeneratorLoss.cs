namespace GanNotebooks.Training;

/// <summary>The loss the generator minimises.</summary>
public enum GeneratorLoss
{
    /// <summary>
    /// Maximise log D(G(z)), i.e. minimise -log D(G(z)). Strong gradients while the
    /// discriminator still rejects the fakes; the usual choice.
    /// </summary>
    NonSaturating,

    /// <summary>
    /// Minimise log(1 - D(G(z))), the generator's side of the original minimax game. Its
    /// gradient vanishes when D(G(z)) is near 0, which is early in training.
    /// </summary>
    Minimax,
}
