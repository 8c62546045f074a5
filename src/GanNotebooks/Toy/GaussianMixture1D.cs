using System.Globalization;

namespace GanNotebooks.Toy;

/// <summary>A weighted mixture of normal distributions on the real line.</summary>
public sealed class GaussianMixture1D : IDensity1D
{
    private readonly double[] cumulative;
    private readonly double[] logWeights;

    /// <summary>Builds the mixture; the weights are normalised to sum to 1.</summary>
    /// <param name="components">Each component and its weight (positive, any scale).</param>
    /// <exception cref="ArgumentException">No component, or a weight that is not
    /// positive.</exception>
    public GaussianMixture1D(params (Gaussian1D Component, double Weight)[] components)
    {
        ArgumentNullException.ThrowIfNull(components);
        if (components.Length == 0)
        {
            throw new ArgumentException("Expected at least one component, found none.",
                nameof(components));
        }
        if (components.Any(c => c.Component is null || !(c.Weight > 0)
            || !double.IsFinite(c.Weight)))
        {
            throw new ArgumentException(
                "Expected components with positive, finite weights, found weights "
                + string.Join(", ", components.Select(c => c.Weight)) + ".", nameof(components));
        }

        double total = components.Sum(c => c.Weight);
        Components = components.Select(c => (c.Component, c.Weight / total)).ToArray();
        logWeights = Components.Select(c => Math.Log(c.Weight)).ToArray();
        cumulative = new double[Components.Count];
        double running = 0;
        for (int i = 0; i < Components.Count; i++)
        {
            running += Components[i].Weight;
            cumulative[i] = running;
        }
    }

    /// <summary>The components and their normalised weights.</summary>
    public IReadOnlyList<(Gaussian1D Component, double Weight)> Components { get; }

    /// <inheritdoc />
    public int Dimensions => 1;

    /// <inheritdoc />
    public (double Low, double High) MassRange =>
        (Components.Min(c => c.Component.MassRange.Low),
            Components.Max(c => c.Component.MassRange.High));

    /// <inheritdoc />
    public double Density(double x) => Math.Exp(LogDensity(x));

    /// <inheritdoc />
    public double LogDensity(double x)
    {
        // log Σ w·p = max + log Σ exp(log w + log p − max): no underflow far in the tails.
        Span<double> terms = stackalloc double[Components.Count];
        double max = double.NegativeInfinity;
        for (int k = 0; k < terms.Length; k++)
        {
            terms[k] = logWeights[k] + Components[k].Component.LogDensity(x);
            max = Math.Max(max, terms[k]);
        }

        double sum = 0;
        foreach (double term in terms) sum += Math.Exp(term - max);
        return max + Math.Log(sum);
    }

    /// <inheritdoc />
    public IDensity1D Shifted(double offset) => new GaussianMixture1D(Components
        .Select(c => (c.Component with { Mean = c.Component.Mean + offset }, c.Weight))
        .ToArray());

    /// <inheritdoc />
    public double[,] Sample(int count, ToyRandom random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentNullException.ThrowIfNull(random);
        var points = new double[count, 1];
        for (int i = 0; i < count; i++)
        {
            double u = random.NextUniform();
            int k = Array.FindIndex(cumulative, c => u <= c);
            var component = Components[k < 0 ? Components.Count - 1 : k].Component;
            points[i, 0] = component.Mean + component.StandardDeviation * random.NextNormal();
        }
        return points;
    }

    /// <summary>A short formula, e.g. <c>0.5·N(-2, 0.5²) + 0.5·N(2, 0.5²)</c>.</summary>
    /// <returns>The formula.</returns>
    public override string ToString() => string.Join(" + ",
        Components.Select(c => string.Create(CultureInfo.InvariantCulture,
            $"{c.Weight:0.###}·{c.Component}")));
}
