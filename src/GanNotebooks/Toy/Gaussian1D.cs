using System.Globalization;

namespace GanNotebooks.Toy;

/// <summary>The normal distribution N(mean, standardDeviation²) on the real line.</summary>
/// <param name="Mean">The mean.</param>
/// <param name="StandardDeviation">The standard deviation, positive.</param>
public sealed record Gaussian1D(double Mean, double StandardDeviation) : IDensity1D
{
    /// <summary>Half-width of <see cref="MassRange"/> in standard deviations; the tails beyond
    /// hold less than 1e-32 of the mass.</summary>
    public const double MassRangeDeviations = 12;

    /// <inheritdoc />
    public int Dimensions => 1;

    /// <inheritdoc />
    public (double Low, double High) MassRange
    {
        get
        {
            Validate();
            double half = MassRangeDeviations * StandardDeviation;
            return (Mean - half, Mean + half);
        }
    }

    /// <inheritdoc />
    public double Density(double x) => Math.Exp(LogDensity(x));

    /// <inheritdoc />
    public double LogDensity(double x)
    {
        Validate();
        double z = (x - Mean) / StandardDeviation;
        return -0.5 * z * z - Math.Log(StandardDeviation * Math.Sqrt(2 * Math.PI));
    }

    /// <inheritdoc />
    public IDensity1D Shifted(double offset) => this with { Mean = Mean + offset };

    /// <inheritdoc />
    public double[,] Sample(int count, ToyRandom random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentNullException.ThrowIfNull(random);
        Validate();
        var points = new double[count, 1];
        for (int i = 0; i < count; i++) points[i, 0] = Mean
            + StandardDeviation * random.NextNormal();
        return points;
    }

    /// <summary>The closed form of KL(this ‖ other) between two normal distributions.</summary>
    /// <param name="other">The second distribution.</param>
    /// <returns>log(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²) / (2σ₂²) − 1/2, in nats.</returns>
    public double KullbackLeiblerTo(Gaussian1D other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Validate();
        other.Validate();
        double s1 = StandardDeviation, s2 = other.StandardDeviation, d = Mean - other.Mean;
        return Math.Log(s2 / s1) + (s1 * s1 + d * d) / (2 * s2 * s2) - 0.5;
    }

    /// <summary>A short formula, e.g. <c>N(0, 1²)</c>.</summary>
    /// <returns>The formula.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"N({Mean:0.###}, {StandardDeviation:0.###}²)");

    private void Validate()
    {
        if (!(StandardDeviation > 0) || !double.IsFinite(StandardDeviation)
            || !double.IsFinite(Mean))
        {
            throw new ArgumentOutOfRangeException(nameof(StandardDeviation),
                $"Expected a finite mean and a positive, finite standard deviation, found mean "
                + $"{Mean} and standard deviation {StandardDeviation}.");
        }
    }
}
