using System.Globalization;

namespace GanNotebooks.Toy;

/// <summary>
/// Equal-weight isotropic normal distributions in the plane, centred on a circle: the ring of
/// Gaussians on which mode collapse is easy to see.
/// </summary>
/// <param name="Modes">Number of components, at least 1.</param>
/// <param name="Radius">Radius of the circle the centres lie on.</param>
/// <param name="StandardDeviation">Standard deviation of each component along each axis.</param>
public sealed record GaussianRing2D(int Modes = 8, double Radius = 2,
    double StandardDeviation = 0.02)
    : IToyDistribution
{
    /// <inheritdoc />
    public int Dimensions => 2;

    /// <summary>The centres of the components, the first on the positive x axis,
    /// counter-clockwise.</summary>
    public IReadOnlyList<(double X, double Y)> Centers
    {
        get
        {
            Validate();
            return Enumerable.Range(0, Modes)
                .Select(k => 2 * Math.PI * k / Modes)
                .Select(angle => (Radius * Math.Cos(angle), Radius * Math.Sin(angle)))
                .ToArray();
        }
    }

    /// <summary>The probability density at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    /// <param name="x">First coordinate.</param>
    /// <param name="y">Second coordinate.</param>
    /// <returns>The mean of the components' densities.</returns>
    public double Density(double x, double y)
    {
        double variance = StandardDeviation * StandardDeviation;
        double sum = Centers.Sum(c =>
        {
            double dx = x - c.X, dy = y - c.Y;
            return Math.Exp(-(dx * dx + dy * dy) / (2 * variance));
        });
        return sum / (Modes * 2 * Math.PI * variance);
    }

    /// <inheritdoc />
    public double[,] Sample(int count, ToyRandom random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentNullException.ThrowIfNull(random);
        var centers = Centers;
        var points = new double[count, 2];
        for (int i = 0; i < count; i++)
        {
            var (x, y) = centers[random.NextBelow(Modes)];
            points[i, 0] = x + StandardDeviation * random.NextNormal();
            points[i, 1] = y + StandardDeviation * random.NextNormal();
        }
        return points;
    }

    /// <summary>A short description, e.g. <c>8 Gaussians on a circle of radius 2, σ
    /// 0.02</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Modes} Gaussians on a circle of radius {Radius:0.###}, σ {StandardDeviation:0.###}");

    private void Validate()
    {
        if (Modes < 1 || !(Radius >= 0) || !(StandardDeviation > 0)
            || !double.IsFinite(Radius) || !double.IsFinite(StandardDeviation))
        {
            throw new ArgumentOutOfRangeException(nameof(Modes),
                $"Expected at least 1 mode, a finite radius ≥ 0 and a positive standard deviation, "
                + $"found {Modes}, {Radius} and {StandardDeviation}.");
        }
    }
}
