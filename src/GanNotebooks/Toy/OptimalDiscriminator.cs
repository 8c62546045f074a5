namespace GanNotebooks.Toy;

/// <summary>
/// The best discriminator against a fixed generator: D*(x) = p_data(x) / (p_data(x) + p_g(x)).
/// </summary>
public static class OptimalDiscriminator
{
    /// <summary>D*(x).</summary>
    /// <param name="data">The data density p_data.</param>
    /// <param name="generated">The generator's density p_g.</param>
    /// <param name="x">The point.</param>
    /// <returns>D*(x) in [0, 1]; 1/2 where both densities are 0.</returns>
    public static double Evaluate(IDensity1D data, IDensity1D generated, double x) =>
        1 / (1 + Math.Exp(-Logit(data, generated, x)));

    /// <summary>The logit of D*: log p_data(x) − log p_g(x).</summary>
    /// <param name="data">The data density p_data.</param>
    /// <param name="generated">The generator's density p_g.</param>
    /// <param name="x">The point.</param>
    /// <returns>The logit; ±∞ where exactly one density is 0.</returns>
    public static double Logit(IDensity1D data, IDensity1D generated, double x)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(generated);
        double logData = data.LogDensity(x), logGenerated = generated.LogDensity(x);

        // NOTE: where neither density has mass D* is undefined; 1/2 (logit 0) is the natural
        // choice, since nothing there can tell real from generated.
        if (double.IsNegativeInfinity(logData) && double.IsNegativeInfinity(logGenerated)) return 0;
        return logData - logGenerated;
    }

    /// <summary>D* at each of <paramref name="points"/>.</summary>
    /// <param name="data">The data density p_data.</param>
    /// <param name="generated">The generator's density p_g.</param>
    /// <param name="points">The points.</param>
    /// <returns>D* at each point.</returns>
    public static double[] Curve(IDensity1D data, IDensity1D generated, IEnumerable<double> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return points.Select(x => Evaluate(data, generated, x)).ToArray();
    }
}
