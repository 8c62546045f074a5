namespace GanNotebooks.Toy;

/// <summary>A toy GAN at one moment of training: points, the discriminator on a grid and the
/// generator's push on its points.</summary>
/// <param name="Step">Steps completed when it was taken.</param>
/// <param name="Real">Fresh real points [N, d].</param>
/// <param name="Generated">Fresh generated points [N, d].</param>
/// <param name="Push">−∂ℓ_G/∂x at each generated point [N, d] (see
/// <see cref="ToyGan.GeneratorPush"/>).</param>
/// <param name="Axis">The grid's coordinates along each axis.</param>
/// <param name="Scores">D on the grid: [Axis.Length, Axis.Length] with row i at y = Axis[i] for 2-D
/// data, [1, Axis.Length] for 1-D data.</param>
/// <param name="Objective">The objective V̂ estimated when it was taken.</param>
public sealed record ToyGanSnapshot(
    long Step, double[,] Real, double[,] Generated, double[,] Push, double[] Axis, double[,] Scores,
    double Objective);
