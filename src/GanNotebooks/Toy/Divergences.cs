namespace GanNotebooks.Toy;

/// <summary>
/// Divergences between two densities on the real line and the GAN value function V(G, D), by
/// quadrature in double precision over a range that holds the mass of both densities.
/// </summary>
/// <remarks>
/// Every integrand is computed from log densities, and a term whose weight p(x) is exactly 0
/// counts as 0 (the limit of p log p), so the far tails neither underflow to NaN nor blow up.
/// </remarks>
public static class Divergences
{
    /// <summary>The range integrals of <paramref name="p"/> and <paramref name="q"/> are taken
    /// over:
    /// the union of their mass ranges.</summary>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <returns>The lower and upper end.</returns>
    public static (double Low, double High) RangeOf(IDensity1D p, IDensity1D q)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        return (Math.Min(p.MassRange.Low, q.MassRange.Low),
            Math.Max(p.MassRange.High, q.MassRange.High));
    }

    /// <summary>KL(p ‖ q) = ∫ p log(p / q) dx, in nats.</summary>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <param name="intervals">Simpson intervals over <see cref="RangeOf"/>.</param>
    /// <returns>The divergence, at least 0 up to quadrature error; infinite when q is 0 where p
    /// is not.</returns>
    public static double KullbackLeibler(IDensity1D p, IDensity1D q,
        int intervals = Quadrature.DefaultIntervals)
    {
        var (low, high) = RangeOf(p, q);
        return Quadrature.Simpson(x =>
        {
            double logP = p.LogDensity(x);
            return Weighted(logP, logP - q.LogDensity(x));
        }, low, high, intervals);
    }

    /// <summary>
    /// JSD(p ‖ q) = ½ KL(p ‖ m) + ½ KL(q ‖ m) with m = (p + q) / 2, in nats; between 0 and log 2.
    /// </summary>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <param name="intervals">Simpson intervals over <see cref="RangeOf"/>.</param>
    /// <returns>The divergence.</returns>
    public static double JensenShannon(IDensity1D p, IDensity1D q,
        int intervals = Quadrature.DefaultIntervals)
    {
        var (low, high) = RangeOf(p, q);
        return Quadrature.Simpson(x =>
        {
            double logP = p.LogDensity(x), logQ = q.LogDensity(x);
            double logM = LogAddExp(logP, logQ) - Math.Log(2);
            return 0.5 * Weighted(logP, logP - logM) + 0.5 * Weighted(logQ, logQ - logM);
        }, low, high, intervals);
    }

    /// <summary>
    /// V(G, D) = ∫ p_data log D + p_g log(1 − D) dx for a discriminator given by its logits
    /// ℓ(x), D = σ(ℓ); logits of ±∞ are allowed.
    /// </summary>
    /// <param name="data">The data density p_data.</param>
    /// <param name="generated">The generator's density p_g.</param>
    /// <param name="logits">The discriminator's logits at a batch of points, one per point.</param>
    /// <param name="intervals">Simpson intervals over <see cref="RangeOf"/>.</param>
    /// <returns>The value, at most <see cref="OptimalValue"/> up to quadrature error.</returns>
    public static double Value(IDensity1D data, IDensity1D generated,
        Func<double[], double[]> logits, int intervals = Quadrature.DefaultIntervals)
    {
        ArgumentNullException.ThrowIfNull(logits);
        var (low, high) = RangeOf(data, generated);
        double[] grid = Quadrature.Grid(low, high, intervals);
        double[] scores = logits(grid);
        if (scores.Length != grid.Length)
        {
            throw new ArgumentException(
                $"Expected one logit per grid point ({grid.Length}), found {scores.Length}.",
                nameof(logits));
        }

        var values = new double[grid.Length];
        for (int i = 0; i < grid.Length; i++)
        {
            // log σ(ℓ) = −softplus(−ℓ) and log(1 − σ(ℓ)) = −softplus(ℓ).
            values[i] = Weighted(data.LogDensity(grid[i]), -Softplus(-scores[i]))
                + Weighted(generated.LogDensity(grid[i]), -Softplus(scores[i]));
        }
        return Quadrature.Simpson(values, (high - low) / intervals);
    }

    /// <summary>V(G, D*) with the optimal discriminator D* = p_data / (p_data + p_g).</summary>
    /// <param name="data">The data density p_data.</param>
    /// <param name="generated">The generator's density p_g.</param>
    /// <param name="intervals">Simpson intervals over <see cref="RangeOf"/>.</param>
    /// <returns>The value; −log 4 exactly when the densities are equal.</returns>
    public static double OptimalValue(IDensity1D data, IDensity1D generated,
        int intervals = Quadrature.DefaultIntervals) =>
        Value(data, generated,
            grid => grid.Select(x => OptimalDiscriminator.Logit(data, generated, x)).ToArray(),
            intervals);

    /// <summary>log(eᵃ + eᵇ) without overflow or underflow.</summary>
    /// <param name="a">The first exponent.</param>
    /// <param name="b">The second exponent.</param>
    /// <returns>The logarithm of the sum.</returns>
    internal static double LogAddExp(double a, double b)
    {
        if (double.IsNegativeInfinity(a)) return b;
        if (double.IsNegativeInfinity(b)) return a;
        double max = Math.Max(a, b);
        return max + Math.Log(Math.Exp(a - max) + Math.Exp(b - max));
    }

    private static double Softplus(double x) =>
        x > 30 ? x : double.IsNegativeInfinity(x) ? 0 : Math.Log(1 + Math.Exp(x));

    /// <summary>p · f for p = exp(logWeight), taken as 0 where p is 0 whatever f is.</summary>
    private static double Weighted(double logWeight, double value)
    {
        double weight = Math.Exp(logWeight);
        return weight == 0 ? 0 : weight * value;
    }
}
