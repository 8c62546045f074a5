using System.Globalization;

namespace GanNotebooks.Toy;

/// <summary>What one step of a toy GAN measured, on the step's own batches before its
/// updates.</summary>
/// <param name="Step">The 1-based step number.</param>
/// <param name="LossDiscriminator">Binary cross entropy on real plus on generated points, of the
/// last discriminator update.</param>
/// <param name="LossGenerator">The non-saturating generator loss −mean log D(G(z)).</param>
/// <param name="MeanRealScore">Mean D(x) on real points.</param>
/// <param name="MeanFakeScore">Mean D(G(z)) on generated points.</param>
public sealed record ToyStepMetrics(
    long Step, double LossDiscriminator, double LossGenerator, double MeanRealScore,
        double MeanFakeScore)
{
    /// <summary>One log line with fixed fields.</summary>
    /// <returns>E.g. <c>step 200 | loss D 1.380 | loss G 0.700 | D(x) 0.51 | D(G(z))
    /// 0.49</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"step {Step} | loss D {LossDiscriminator:F3} | loss G {LossGenerator:F3} | "
        + $"D(x) {MeanRealScore:F3} | D(G(z)) {MeanFakeScore:F3}");
}
