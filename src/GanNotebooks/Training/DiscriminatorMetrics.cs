namespace GanNotebooks.Training;

/// <summary>What one discriminator update measured, on the batch it was trained on.</summary>
/// <param name="LossReal">Binary cross entropy on the real images (label 1).</param>
/// <param name="LossFake">Binary cross entropy on the generated images (label 0).</param>
/// <param name="AccuracyReal">Share of real images scored above 1/2.</param>
/// <param name="AccuracyFake">Share of generated images scored below 1/2.</param>
/// <param name="MeanRealScore">Mean D(x) over the real images.</param>
/// <param name="MeanFakeScore">Mean D(G(z)) over the generated images, before the update.</param>
public sealed record DiscriminatorMetrics(
    double LossReal,
    double LossFake,
    double AccuracyReal,
    double AccuracyFake,
    double MeanRealScore,
    double MeanFakeScore)
{
    /// <summary>The loss the update minimised: <see cref="LossReal"/> + <see cref="LossFake"/>.</summary>
    public double Loss => LossReal + LossFake;

    /// <summary>Accuracy over real and generated images together (equal counts of each).</summary>
    public double Accuracy => (AccuracyReal + AccuracyFake) / 2;

    /// <summary>One log line with fixed fields.</summary>
    /// <returns>E.g. <c>D update | loss real 0.727 | loss fake 0.688 | acc real 0.41 | ...</c>.</returns>
    public override string ToString() => FormattableString.Invariant(
        $"D update | loss real {LossReal:F3} | loss fake {LossFake:F3} | acc real {AccuracyReal:F2} | ")
        + FormattableString.Invariant(
            $"acc fake {AccuracyFake:F2} | D(x) {MeanRealScore:F3} | D(G(z)) {MeanFakeScore:F3}");
}
