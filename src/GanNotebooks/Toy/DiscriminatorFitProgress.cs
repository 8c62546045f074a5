using System.Globalization;

namespace GanNotebooks.Toy;

/// <summary>A report of <see cref="DiscriminatorFit"/>.</summary>
/// <param name="Step">Updates done.</param>
/// <param name="Loss">The last update's binary cross entropy, real plus generated; NaN before
/// the first update.</param>
/// <param name="Objective">V̂ = mean log D(x) + mean log(1 − D(x')) on the held-out points.</param>
public sealed record DiscriminatorFitProgress(long Step, double Loss, double Objective)
{
    /// <summary>One log line.</summary>
    /// <returns>E.g. <c>step 500 | loss 1.210 | V̂ -1.205</c>.</returns>
    public override string ToString() => double.IsNaN(Loss)
        ? string.Create(CultureInfo.InvariantCulture,
            $"step {Step} | before any update | V̂ {Objective:F4}")
        : string.Create(CultureInfo.InvariantCulture,
            $"step {Step} | loss {Loss:F3} | V̂ {Objective:F4}");
}
