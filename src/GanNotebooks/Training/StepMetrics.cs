namespace GanNotebooks.Training;

/// <summary>
/// One adversarial training step: a discriminator update followed by a generator update,
/// flattened into the quantities the course tracks and plots.
/// </summary>
/// <param name="Step">The 1-based number of the step.</param>
/// <param name="LossReal">Discriminator loss on real images.</param>
/// <param name="LossFake">Discriminator loss on generated images.</param>
/// <param name="AccuracyReal">Discriminator accuracy on real images.</param>
/// <param name="AccuracyFake">Discriminator accuracy on generated images.</param>
/// <param name="LossGenerator">Generator loss.</param>
/// <param name="MeanRealScore">Mean D(x) in the discriminator update.</param>
/// <param name="MeanFakeScore">Mean D(G(z)) in the generator update.</param>
/// <param name="GeneratorGradientNorm">
/// L2 norm of the generator loss's gradient over the generator's parameters; NaN when not measured.
/// </param>
public sealed record StepMetrics(
    long Step,
    double LossReal,
    double LossFake,
    double AccuracyReal,
    double AccuracyFake,
    double LossGenerator,
    double MeanRealScore,
    double MeanFakeScore,
    double GeneratorGradientNorm = double.NaN)
{
    /// <summary>Combines the two updates of one step.</summary>
    /// <param name="step">The 1-based step number.</param>
    /// <param name="discriminator">The discriminator update's metrics.</param>
    /// <param name="generator">The generator update's metrics.</param>
    /// <returns>The flattened metrics.</returns>
    public static StepMetrics From(long step, DiscriminatorMetrics discriminator, GeneratorMetrics generator)
    {
        ArgumentNullException.ThrowIfNull(discriminator);
        ArgumentNullException.ThrowIfNull(generator);
        return new StepMetrics(
            step,
            discriminator.LossReal,
            discriminator.LossFake,
            discriminator.AccuracyReal,
            discriminator.AccuracyFake,
            generator.Loss,
            discriminator.MeanRealScore,
            generator.MeanFakeScore,
            generator.GradientNorm);
    }

    /// <summary>Total discriminator loss.</summary>
    public double LossDiscriminator => LossReal + LossFake;

    /// <summary>One log line with fixed fields.</summary>
    /// <returns>E.g. <c>step 200 | loss D 1.32 | loss G 0.81 | acc real 0.62 | ...</c>.</returns>
    public override string ToString() =>
        FormattableString.Invariant(
            $"step {Step} | loss D {LossDiscriminator:F3} | loss G {LossGenerator:F3} | ")
        + FormattableString.Invariant(
            $"acc real {AccuracyReal:F2} | acc fake {AccuracyFake:F2} | ")
        + FormattableString.Invariant($"D(x) {MeanRealScore:F3} | D(G(z)) {MeanFakeScore:F3}")
        + (double.IsNaN(GeneratorGradientNorm)
            ? ""
            : FormattableString.Invariant($" | grad G {GeneratorGradientNorm:F4}"));
}
